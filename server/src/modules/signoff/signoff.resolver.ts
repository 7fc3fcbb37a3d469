import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { PlanVersion } from "../versions/plan-version.entity";
import type { ApproverScope } from "./approval-carry-over";
import { SignoffApproval } from "./signoff-approval.entity";
import { Signoff } from "./signoff.entity";
import { ApproveVersionInput, RequestChangesInput, RequestSignoffInput } from "./signoff.types";

@Resolver(() => Signoff)
export class SignoffResolver {
  @Mutation(() => Signoff, { description: "Submits a version for sign-off by the approvers named" })
  requestSignoff(@Arg("input") input: RequestSignoffInput, @Ctx() context: Context): Promise<Signoff> {
    return context.services.signoffs.requestSignoff(requireUser(context), input.versionId, scopesOf(input));
  }

  @Mutation(() => Signoff, { description: "Approves exactly this version, which must be the one submitted" })
  approveVersion(@Arg("input") input: ApproveVersionInput, @Ctx() context: Context): Promise<Signoff> {
    return context.services.signoffs.approve(requireUser(context), input.versionId);
  }

  @Mutation(() => Signoff, { description: "Asks for changes to exactly this version, which must be the one submitted" })
  requestChanges(@Arg("input") input: RequestChangesInput, @Ctx() context: Context): Promise<Signoff> {
    return context.services.signoffs.requestChanges(requireUser(context), input.versionId, input.comment);
  }

  @FieldResolver(() => PlanVersion, { description: "The version submitted" })
  async version(@Root() signoff: Signoff, @Ctx() context: Context): Promise<PlanVersion> {
    return (await context.loaders.version.load(signoff.versionId))!;
  }

  @FieldResolver(() => User)
  async requestedBy(@Root() signoff: Signoff, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(signoff.requestedBy))!;
  }

  @FieldResolver(() => [SignoffApproval], { description: "One per required approver" })
  approvals(@Root() signoff: Signoff, @Ctx() context: Context): Promise<SignoffApproval[]> {
    return context.loaders.signoffApprovals.load(signoff.id);
  }
}

@Resolver(() => SignoffApproval)
export class SignoffApprovalResolver {
  @FieldResolver(() => User)
  async approver(@Root() approval: SignoffApproval, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(approval.approverId))!;
  }

  @FieldResolver(() => PlanVersion, { nullable: true, description: "The version the decision was made on" })
  approvedVersion(@Root() approval: SignoffApproval, @Ctx() context: Context): Promise<PlanVersion | null> | null {
    return approval.versionId ? context.loaders.version.load(approval.versionId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Decided on an earlier submission and kept because nothing it covers changed" })
  isCarriedOver(@Root() approval: SignoffApproval): boolean {
    return approval.carriedFromId !== null;
  }
}

@Resolver(() => Plan)
export class PlanSignoffResolver {
  @FieldResolver(() => Signoff, { nullable: true, description: "The open submission (not superseded), if any" })
  signoff(@Root() plan: Plan, @Ctx() context: Context): Promise<Signoff | null> {
    return context.loaders.openSignoff.load(plan.id);
  }
}

/** The input's two lists as one list of scopes; the service checks them (at least one, each named once). */
function scopesOf(input: RequestSignoffInput): ApproverScope[] {
  return [
    ...input.approverIds.map((approverId) => ({ approverId, sectionIds: null })),
    ...(input.sectionApprovers ?? []).map(({ approverId, sectionIds }) => ({ approverId, sectionIds: [...new Set(sectionIds)] })),
  ];
}
