/** Test data builders that go through the real services and tables. */
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { hashPassword } from "../modules/auth/password";
import { SESSION_COOKIE, type SessionService } from "../modules/auth/session.service";
import { Organization } from "../modules/organizations/organization.entity";
import type { PlanDocuments } from "../modules/plans/plan-documents.port";
import { PlanMember } from "../modules/plans/plan-member.entity";
import type { Plan } from "../modules/plans/plan.entity";
import { colorFor } from "../modules/users/user-colors";
import { User } from "../modules/users/user.entity";
import type { PlanRole } from "../policies/plan-role";
import { createPlanService, createRepositories } from "../services";

export const TEST_PASSWORD = "correct horse battery staple";
let cachedHash: Promise<string> | undefined;

const unique = () => randomBytes(5).toString("hex");

export function createOrganization(dataSource: DataSource, name = `Org ${unique()}`): Promise<Organization> {
  return dataSource.getRepository(Organization).save({ name });
}

export async function createUser(
  dataSource: DataSource,
  options: { organizationId: string; email?: string; name?: string; isAdmin?: boolean; isActive?: boolean; isPlanCreator?: boolean },
): Promise<User> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `user-${unique()}@example.test`;
  return dataSource.getRepository(User).save({
    organizationId: options.organizationId,
    email,
    name: options.name ?? email.split("@")[0],
    jobTitle: null,
    isAdmin: options.isAdmin ?? false,
    isActive: options.isActive ?? true,
    isPlanCreator: options.isPlanCreator ?? false,
    color: colorFor(email),
    passwordHash: await cachedHash,
  });
}

export async function createPlan(
  dataSource: DataSource,
  documents: PlanDocuments,
  options: { owner: User; title?: string },
): Promise<Plan> {
  return createPlanService(createRepositories(dataSource), documents).create(options.owner, options.title ?? `Plan ${unique()}`);
}

export async function addMember(dataSource: DataSource, planId: string, userId: string, role: PlanRole): Promise<void> {
  await dataSource.getRepository(PlanMember).save({ planId, userId, role });
}

/** A `Cookie` header value for a fresh session of this user. */
export async function sessionCookie(sessions: SessionService, userId: string): Promise<string> {
  const { token } = await sessions.createSession(userId);
  return `${SESSION_COOKIE}=${token}`;
}
