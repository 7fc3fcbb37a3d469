/**
 * Demo comment threads on the sample plan, so comments show out of the box: a field rep questioning a
 * lead-scoring rule, and a council member suggesting an edit to a tactic. Made through the comments
 * service with anchors taken from the plan's own document, exactly as a browser would make them.
 */
import { anchorPhrase } from "@planbridge/plan-schema";
import type { CommentDocuments } from "../../modules/comments/comment-documents.port";
import type { CommentsService } from "../../modules/comments/comments.service";
import type { User } from "../../modules/users/user.entity";

interface DemoThread {
  author: string;
  sectionId: string;
  phrase: string;
  body: string;
  suggestion?: string;
  replies?: { author: string; body: string }[];
}

export const DEMO_THREADS: DemoThread[] = [
  {
    author: "rita@acme.test",
    sectionId: "lead-scoring",
    phrase: "two engagements in 30 days",
    body: "Two engagements in 30 days is too low a bar for our territory: Texas buyers download everything. Can we make it three? @maya@acme.test",
    replies: [{ author: "leo@acme.test", body: "Fair point. I'll pull last quarter's Texas conversion by engagement count before the council meets." }],
  },
  {
    author: "kenji@acme.test",
    sectionId: "tactic-lead-routing",
    phrase: "within 5 minutes",
    body: "APAC reps cover three time zones; 5 minutes overnight is not realistic. 15 keeps the promise we can actually keep.",
    suggestion: "within 15 minutes",
  },
];

/** Adds the demo threads once: a plan that already has threads is left alone. */
export async function seedDemoThreads(
  planId: string,
  usersByEmail: Map<string, User>,
  documents: CommentDocuments,
  comments: CommentsService,
): Promise<void> {
  if ((await comments.threadsOfPlans([planId])).length > 0) return;
  for (const demo of DEMO_THREADS) {
    const anchor = await documents.read(planId, (doc) => anchorPhrase(doc, demo.sectionId, demo.phrase));
    if (!anchor) throw new Error(`demo thread: "${demo.phrase}" is not in section ${demo.sectionId}`);
    const author = usersByEmail.get(demo.author)!;
    const thread = await comments.createThread(author, { planId, body: demo.body, anchor, suggestion: demo.suggestion ?? null });
    for (const reply of demo.replies ?? []) await comments.reply(usersByEmail.get(reply.author)!, thread.id, reply.body);
  }
}
