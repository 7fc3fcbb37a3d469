/** DataLoaders, created per request, so list fields cost one query per level, never one per item. */
import DataLoader from "dataloader";
import type { Organization } from "../modules/organizations/organization.entity";
import type { OrganizationRepository } from "../modules/organizations/organization.repository";
import type { PlanMember } from "../modules/plans/plan-member.entity";
import type { PlanMemberRepository } from "../modules/plans/plan-member.repository";
import type { User } from "../modules/users/user.entity";
import type { UserRepository } from "../modules/users/user.repository";
import type { PlanRole } from "../policies/plan-role";
import type { ReviewerMap, SectionReviewerRepository } from "../modules/plans/section-reviewer.repository";
import type { SignoffApproval } from "../modules/signoff/signoff-approval.entity";
import type { Signoff } from "../modules/signoff/signoff.entity";
import type { SignoffRepository } from "../modules/signoff/signoff.repository";
import type { PlanVersion } from "../modules/versions/plan-version.entity";
import type { PlanVersionRepository } from "../modules/versions/plan-version.repository";
import { PeekableLoader } from "./peekable-loader";

export interface LoaderRepositories {
  planMembers: PlanMemberRepository;
  users: UserRepository;
  organizations: OrganizationRepository;
  sectionReviewers: SectionReviewerRepository;
  planVersions: PlanVersionRepository;
  signoffs: SignoffRepository;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function byKey<T, K>(rows: T[], keys: readonly K[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

export function groupBy<T, K>(rows: T[], keys: readonly K[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}

export function createLoaders(repositories: LoaderRepositories, userId: string | null) {
  const { planVersions: versions, signoffs, sectionReviewers: reviewers } = repositories;
  return {
    /** Authoritative reviewer assignments per plan: sectionId -> reviewer's user id. */
    sectionReviewers: new DataLoader<string, ReviewerMap>(async (planIds) =>
      groupBy(await reviewers.forPlans(planIds), planIds, (row) => row.planId).map(
        (rows) => new Map(rows.map((row) => [row.sectionId, row.reviewerId])),
      ),
    ),
    version: new DataLoader<string, PlanVersion | null>(async (ids) => byKey(await versions.findByIds(ids), ids, (version) => version.id)),
    planVersions: new DataLoader<string, PlanVersion[]>(async (planIds) =>
      groupBy(await versions.listForPlans(planIds), planIds, (version) => version.planId),
    ),
    /** The open (not superseded) submission of each plan. */
    openSignoff: new DataLoader<string, Signoff | null>(async (planIds) =>
      byKey(await signoffs.openForPlans(planIds), planIds, (signoff) => signoff.planId),
    ),
    signoffApprovals: new DataLoader<string, SignoffApproval[]>(async (signoffIds) =>
      groupBy(await signoffs.approvalsForSignoffs(signoffIds), signoffIds, (approval) => approval.signoffId),
    ),
    /** The signed-in user's role per plan; list resolvers prime it from the rows they already read. */
    myRole: new DataLoader<string, PlanRole | null>(async (planIds) =>
      userId
        ? byKey(await repositories.planMembers.findOfUser(userId, planIds), planIds, (m) => m.planId).map(
            (member) => member?.role ?? null,
          )
        : planIds.map(() => null),
    ),
    user: new PeekableLoader<string, User | null>(async (ids) =>
      byKey(await repositories.users.findByIds(ids), ids, (user) => user.id),
    ),
    organization: new DataLoader<string, Organization | null>(async (ids) =>
      byKey(await repositories.organizations.findByIds(ids), ids, (org) => org.id),
    ),
    planMembers: new DataLoader<string, PlanMember[]>(async (planIds) =>
      groupBy(await repositories.planMembers.findOfPlans(planIds), planIds, (member) => member.planId),
    ),
  };
}
