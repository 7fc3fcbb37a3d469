import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { PlanVersion } from "./plan-version.entity";
import { CutVersionInput, PlanDiff, RestoreVersionInput } from "./version.types";

@Resolver(() => PlanVersion)
export class VersionResolver {
  @Mutation(() => PlanVersion, { description: "Fixes the plan as it is now as the next numbered, hashed version" })
  cutVersion(@Arg("input") input: CutVersionInput, @Ctx() context: Context): Promise<PlanVersion> {
    return context.services.versions.cut(requireUser(context), input.planId, input.name);
  }

  @Mutation(() => Plan, { description: "Makes a version's content the live draft again, as a new change" })
  restoreVersion(@Arg("input") input: RestoreVersionInput, @Ctx() context: Context): Promise<Plan> {
    return context.services.versions.restore(requireUser(context), input.versionId);
  }

  @Query(() => [PlanVersion], { description: "The plan's versions, newest first" })
  planVersions(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<PlanVersion[]> {
    return context.services.versions.list(requireUser(context), planId);
  }

  @Query(() => PlanVersion)
  planVersion(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<PlanVersion> {
    return context.services.versions.open(requireUser(context), id);
  }

  @Query(() => PlanDiff, { description: "What changed from one version to another" })
  diffVersions(
    @Arg("fromVersionId", () => ID) fromVersionId: string,
    @Arg("toVersionId", () => ID) toVersionId: string,
    @Ctx() context: Context,
  ): Promise<PlanDiff> {
    return context.services.versions.diff(requireUser(context), fromVersionId, toVersionId);
  }

  @Query(() => PlanDiff, { description: "What changed in the live draft since a version" })
  diffVersionWithDraft(@Arg("versionId", () => ID) versionId: string, @Ctx() context: Context): Promise<PlanDiff> {
    return context.services.versions.diffWithDraft(requireUser(context), versionId);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: "The plan as JSON (readPlan): sections with ProseMirror content" })
  async content(@Root() version: PlanVersion, @Ctx() context: Context): Promise<object> {
    return version.content ?? (await context.loaders.version.load(version.id))!.content;
  }

  @FieldResolver(() => User)
  async createdBy(@Root() version: PlanVersion, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(version.createdBy))!;
  }
}

@Resolver(() => Plan)
export class PlanVersionsResolver {
  @FieldResolver(() => [PlanVersion], { description: "Versions, newest first" })
  versions(@Root() plan: Plan, @Ctx() context: Context): Promise<PlanVersion[]> {
    return context.loaders.planVersions.load(plan.id);
  }
}
