import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { organizationPermissions } from "../../policies/permissions";
import type { User } from "../users/user.entity";
import { Me, OrganizationPermissions } from "./auth.types";

/** `Me` is only ever the signed-in user (the `me` query), so its root is the actor asking. */
@Resolver(() => Me)
export class MeResolver {
  @FieldResolver(() => OrganizationPermissions, { description: "What I may do in my organisation" })
  async can(@Root() me: User, @Ctx() context: Context): Promise<OrganizationPermissions> {
    const organization = await context.loaders.organization.load(me.organizationId);
    if (!organization) throw new Error(`organisation ${me.organizationId} of user ${me.id} is missing`);
    return organizationPermissions(me, organization);
  }
}
