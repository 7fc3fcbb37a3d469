/** DataLoaders, created per request, so list fields cost one query per level, never one per item. */
import DataLoader from "dataloader";
import type { Organization } from "../modules/organizations/organization.entity";
import type { OrganizationRepository } from "../modules/organizations/organization.repository";
import type { PlanMember } from "../modules/plans/plan-member.entity";
import type { PlanMemberRepository } from "../modules/plans/plan-member.repository";
import type { User } from "../modules/users/user.entity";
import type { UserRepository } from "../modules/users/user.repository";
import type { PlanRole } from "../policies/plan-role";

export interface LoaderRepositories {
  planMembers: PlanMemberRepository;
  users: UserRepository;
  organizations: OrganizationRepository;
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
  return {
    /** The signed-in user's role per plan; list resolvers prime it from the rows they already read. */
    myRole: new DataLoader<string, PlanRole | null>(async (planIds) =>
      userId
        ? byKey(await repositories.planMembers.findOfUser(userId, planIds), planIds, (m) => m.planId).map(
            (member) => member?.role ?? null,
          )
        : planIds.map(() => null),
    ),
    user: new DataLoader<string, User | null>(async (ids) =>
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
