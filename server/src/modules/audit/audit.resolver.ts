import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { User } from "../users/user.entity";
import { AuditEntry } from "./audit-entry.entity";
import { AuditLogResult } from "./audit.types";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditLogResult, { description: "The plan's audit trail, verified" })
  auditLog(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<AuditLogResult> {
    return context.services.audit.auditLog(requireUser(context), planId);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() context: Context): Promise<User | null> | null {
    return entry.actorId ? context.loaders.user.load(entry.actorId) : null;
  }
}
