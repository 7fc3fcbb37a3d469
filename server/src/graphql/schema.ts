/** The GraphQL schema, built from the type-graphql resolver classes of every module. */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { MeResolver } from "../modules/auth/me.resolver";
import { PlanMemberResolver } from "../modules/plans/plan-member.resolver";
import { PlanResolver, PlanSectionResolver } from "../modules/plans/plan.resolver";
import { UserResolver } from "../modules/users/user.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { PlanSignoffResolver, SignoffApprovalResolver, SignoffResolver } from "../modules/signoff/signoff.resolver";
import { ReviewCoverageEntryResolver, TacticReviewResolver } from "../modules/signoff/tactic-review.resolver";
import { PlanVersionsResolver, VersionResolver } from "../modules/versions/version.resolver";

export const resolvers = [
  AuthResolver,
  MeResolver,
  UserResolver,
  PlanResolver,
  PlanSectionResolver,
  PlanMemberResolver,
  VersionResolver,
  PlanVersionsResolver,
  SignoffResolver,
  SignoffApprovalResolver,
  PlanSignoffResolver,
  TacticReviewResolver,
  ReviewCoverageEntryResolver,
  AuditResolver,
] as const;

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
}
