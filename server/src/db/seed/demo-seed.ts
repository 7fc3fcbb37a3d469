/**
 * Demo data: an organisation, its marketing and sales people, and one sample plan. Idempotent:
 * running it again adds only what is missing.
 */
import type { DataSource } from "typeorm";
import type { Env } from "../../config/env";
import { hashPassword } from "../../modules/auth/password";
import { Organization } from "../../modules/organizations/organization.entity";
import type { CommentDocuments } from "../../modules/comments/comment-documents.port";
import type { CommentsService } from "../../modules/comments/comments.service";
import type { PlanDocuments } from "../../modules/plans/plan-documents.port";
import { PlanMember } from "../../modules/plans/plan-member.entity";
import { Plan } from "../../modules/plans/plan.entity";
import { colorFor } from "../../modules/users/user-colors";
import { User } from "../../modules/users/user.entity";
import { PlanCreation } from "../../policies/plan-creation";
import { createPlanService, createRepositories } from "../../services";
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PLAN_TITLE } from "./demo-people";
import { demoPlanTemplate } from "./demo-plan";
import { seedDemoAlignment } from "./demo-alignment";
import { seedDemoThreads } from "./demo-threads";
import { seedDemoCouncil } from "./demo-council";

/** Seeds when asked to (SEED_DEMO) or on a new embedded database; says whether it did. */
export async function seedDemoIfWanted(
  env: Env,
  dataSource: DataSource,
  documents: PlanDocuments & CommentDocuments,
  comments: CommentsService,
): Promise<boolean> {
  const isEmptyEmbedded = !env.databaseUrl && (await dataSource.getRepository(User).count()) === 0;
  if (!env.seedDemo && !isEmptyEmbedded) return false;
  await seedDemo(dataSource, documents, comments);
  return true;
}

/** Without `comments`, the plan gets no demo threads. */
export async function seedDemo(dataSource: DataSource, documents: PlanDocuments & CommentDocuments, comments?: CommentsService): Promise<Plan> {
  const organization =
    (await dataSource.getRepository(Organization).findOneBy({ name: DEMO_ORGANIZATION })) ??
    (await dataSource.getRepository(Organization).save({ name: DEMO_ORGANIZATION, planCreation: PlanCreation.NAMED }));
  const usersByEmail = new Map<string, User>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of DEMO_PEOPLE) {
    const existing = await dataSource.getRepository(User).findOneBy({ email: person.email });
    const user =
      existing ??
      (await dataSource.getRepository(User).save({
        organizationId: organization.id,
        email: person.email,
        name: person.name,
        jobTitle: person.jobTitle,
        isAdmin: person.isAdmin ?? false,
        isPlanCreator: person.isPlanCreator ?? false,
        isActive: true,
        color: colorFor(person.email),
        passwordHash,
      }));
    usersByEmail.set(person.email, user);
  }
  const owner = usersByEmail.get(DEMO_PEOPLE[0].email)!;
  const repositories = createRepositories(dataSource);
  const planService = createPlanService(repositories, documents);
  const plan =
    (await dataSource.getRepository(Plan).findOneBy({ organizationId: organization.id, title: DEMO_PLAN_TITLE })) ??
    (await planService.create(owner, DEMO_PLAN_TITLE, demoPlanTemplate(reviewerOf(usersByEmail))));
  for (const person of DEMO_PEOPLE) {
    const userId = usersByEmail.get(person.email)!.id;
    await dataSource.createQueryBuilder().insert().into(PlanMember).values({ planId: plan.id, userId, role: person.role }).orIgnore().execute();
  }
  // Plans seeded before reviewer assignments had their own table get them here (new plans already have them).
  const reviewers = DEMO_PEOPLE.flatMap((person) => (person.reviews ? [[person.reviews, usersByEmail.get(person.email)!.id] as const] : []));
  await repositories.sectionReviewers.insertMany(plan.id, new Map(reviewers), owner.id);
  await seedDemoAlignment(plan.id, repositories, planService, usersByEmail);
  if (comments) {
    await seedDemoThreads(plan.id, usersByEmail, documents, comments);
    await seedDemoCouncil(repositories, planService, plan, usersByEmail, comments);
  }
  return plan;
}

function reviewerOf(usersByEmail: Map<string, User>) {
  return (sectionId: string) => {
    const reviewer = DEMO_PEOPLE.find((person) => person.reviews === sectionId);
    return reviewer ? usersByEmail.get(reviewer.email)!.id : null;
  };
}
