/**
 * The demo council: the six council members seated for their regions (and CRM / sales ops), and one
 * feedback call a week ahead with its agenda built from the plan's open threads. Idempotent: seats are
 * upserted, and a plan that already has a call gets no other.
 */
import { createMailer } from "../../mail/mailer";
import type { CommentsService } from "../../modules/comments/comments.service";
import { CouncilSeatKind } from "../../modules/council/council-member.entity";
import { openThreadsSource } from "../../modules/feedback/agenda-sources";
import { FeedbackService } from "../../modules/feedback/feedback.service";
import type { Plan } from "../../modules/plans/plan.entity";
import type { PlanService } from "../../modules/plans/plan.service";
import type { User } from "../../modules/users/user.entity";
import type { Repositories } from "../../services";
import { DEMO_PEOPLE } from "./demo-people";

export async function seedDemoCouncil(
  repositories: Repositories,
  plans: PlanService,
  plan: Plan,
  usersByEmail: Map<string, User>,
  comments: CommentsService,
): Promise<void> {
  for (const person of DEMO_PEOPLE) {
    if (!person.council) continue;
    const user = usersByEmail.get(person.email)!;
    await repositories.council.upsertMember({
      organizationId: plan.organizationId,
      userId: user.id,
      kind: person.council.kind === "REGION" ? CouncilSeatKind.REGION : CouncilSeatKind.SALES_OPS,
      region: person.council.region,
      termStart: "2026-01-01",
      termEnd: "2027-12-31",
    });
  }
  if ((await repositories.feedback.sessionsOfPlans([plan.id])).length > 0) return;
  const owner = usersByEmail.get(DEMO_PEOPLE[0].email)!;
  // The seed sends nothing: no mail setting means no mail; participants still get their in-app notice.
  const feedback = new FeedbackService(
    repositories.feedback,
    plans,
    repositories.planMembers,
    repositories.council,
    repositories.users,
    comments,
    createMailer({ from: "planbridge <no-reply@localhost>" }),
    [openThreadsSource(repositories.feedback)],
  );
  const nextWeek = new Date(Date.now() + 7 * 86_400_000);
  nextWeek.setUTCHours(15, 0, 0, 0);
  await feedback.createSession(owner, { planId: plan.id, scheduledAt: nextWeek }, "http://localhost:4000");
}
