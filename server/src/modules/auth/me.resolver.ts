import { FieldResolver, Resolver, Root } from "type-graphql";
import { organizationPermissions } from "../../policies/permissions";
import type { User } from "../users/user.entity";
import { Me, OrganizationPermissions } from "./auth.types";

/** `Me` is only ever the signed-in user (the `me` query), so its root is the actor asking. */
@Resolver(() => Me)
export class MeResolver {
  @FieldResolver(() => OrganizationPermissions, { description: "What I may do in my organisation" })
  can(@Root() me: User): OrganizationPermissions {
    return organizationPermissions(me);
  }
}
