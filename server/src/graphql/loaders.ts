/** DataLoaders, created per request, so list fields cost one query per level, never one per item. */
import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { PlanMember } from "../modules/plans/plan-member.entity";
import { User } from "../modules/users/user.entity";
import { Organization } from "../modules/organizations/organization.entity";
import type { PlanRole } from "../policies/plan-role";

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

export function createLoaders(dataSource: DataSource, userId: string | null) {
  return {
    /** The signed-in user's role per plan; list resolvers prime it from the rows they already read. */
    myRole: new DataLoader<string, PlanRole | null>(async (planIds) =>
      userId
        ? byKey(await dataSource.getRepository(PlanMember).findBy({ userId, planId: In([...planIds]) }), planIds, (m) => m.planId).map(
            (member) => member?.role ?? null,
          )
        : planIds.map(() => null),
    ),
    user: new DataLoader<string, User | null>(async (ids) =>
      byKey(await dataSource.getRepository(User).findBy({ id: In([...ids]) }), ids, (user) => user.id),
    ),
    organization: new DataLoader<string, Organization | null>(async (ids) =>
      byKey(await dataSource.getRepository(Organization).findBy({ id: In([...ids]) }), ids, (org) => org.id),
    ),
    planMembers: new DataLoader<string, PlanMember[]>(async (planIds) =>
      groupBy(
        await dataSource.getRepository(PlanMember).find({ where: { planId: In([...planIds]) }, order: { createdAt: "ASC" } }),
        planIds,
        (member) => member.planId,
      ),
    ),
  };
}
