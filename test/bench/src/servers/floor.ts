/**
 * The plan page's floor: the same JSON as the plan page query (PLAN_PAGE_QUERY in scenarios/graphql.ts)
 * from a hand-written handler over node:http, no GraphQL: the fewest statements that answer it with
 * `pg` (one for session, user, plan, role and owner; then reviewers, members, threads and comments
 * at once), the document views planbridge itself uses (sections, anchor states, cached per document
 * version), the same policy functions for permissions, and JSON.stringify. What planbridge pays on
 * top of this is its GraphQL layer (parse, validate, execute, resolvers, loaders, TypeORM).
 */
import http from "node:http";
import { Pool } from "pg";
import type { PlanbridgeServer } from "@planbridge/server/dist/app";
import { hashSecretToken as hashToken } from "@planbridge/server/dist/crypto/secret-token";
import { readSessionToken } from "@planbridge/server/dist/modules/auth/session.service";
import { CommentThread } from "@planbridge/server/dist/modules/comments/comment-thread.entity";
import { Comment } from "@planbridge/server/dist/modules/comments/comment.entity";
import { SuggestionStatus } from "@planbridge/server/dist/modules/comments/comment-enums";
import { commentPermissions, threadPermissions, type PlanAccessRow } from "@planbridge/server/dist/modules/comments/comment-permissions";
import { Plan } from "@planbridge/server/dist/modules/plans/plan.entity";
import { PlanStatus } from "@planbridge/server/dist/modules/plans/plan-status";
import { can, type Actor } from "@planbridge/server/dist/policies/plan-policy";
import type { PlanRole } from "@planbridge/server/dist/policies/plan-role";

interface ViewerRow {
  id: string;
  organization_id: string;
  is_admin: boolean;
  is_active: boolean;
  plan_id: string | null;
  title: string;
  status: PlanStatus;
  updated_at: Date;
  plan_organization_id: string;
  owner_id: string;
  role: PlanRole | null;
  owner_name: string;
  owner_color: string;
}

const VIEWER_SQL = `
SELECT u.id, u.organization_id, u.is_admin, u.is_active,
       p.id AS plan_id, p.title, p.status, p.updated_at, p.organization_id AS plan_organization_id, p.owner_id, m.role,
       o.name AS owner_name, o.color AS owner_color
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND u.is_active
  LEFT JOIN plans p ON p.id = $2::uuid
  LEFT JOIN plan_members m ON m.plan_id = p.id AND m.user_id = u.id
  LEFT JOIN users o ON o.id = p.owner_id
 WHERE s.token_hash = $1 AND s.expires_at > now()`;
const REVIEWERS_SQL = `
SELECT r.section_id, u.id, u.name, u.color, u.organization_id
  FROM section_reviewers r JOIN users u ON u.id = r.reviewer_id WHERE r.plan_id = $1`;
const MEMBERS_SQL = `
SELECT m.plan_id, m.user_id, m.role, u.name, u.email, u.color, u.job_title
  FROM plan_members m JOIN users u ON u.id = m.user_id WHERE m.plan_id = $1 ORDER BY m.created_at`;
const THREADS_SQL = `
SELECT t.id, t.plan_id, t.author_id, t.section_id, t.anchor_start, t.anchor_end, t.quote, t.suggestion,
       t.suggestion_status, t.status, t.created_at, u.name AS author_name, u.color AS author_color
  FROM comment_threads t JOIN users u ON u.id = t.author_id WHERE t.plan_id = $1 ORDER BY t.created_at, t.id`;
const COMMENTS_SQL = `
SELECT c.id, c.thread_id, c.author_id, c.body, c.created_at, c.deleted_at, u.name AS author_name, u.color AS author_color
  FROM comments c JOIN comment_threads t ON t.id = c.thread_id JOIN users u ON u.id = c.author_id
 WHERE t.plan_id = $1 ORDER BY c.created_at, c.id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class FloorError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function startFloor(server: PlanbridgeServer, databaseUrl: string): { httpServer: http.Server; pool: Pool } {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const httpServer = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: { id?: string } };
      planPage(server, pool, request.headers.cookie, String(body.variables?.id ?? "")).then(
        (plan) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { plan } })),
        (error: unknown) => {
          const code = error instanceof FloorError ? error.code : "INTERNAL_SERVER_ERROR";
          const message = error instanceof Error ? error.message : String(error);
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message, extensions: { code } }], data: null }));
        },
      );
    });
  });
  return { httpServer, pool };
}

async function planPage(server: PlanbridgeServer, pool: Pool, cookie: string | undefined, planId: string) {
  const token = readSessionToken(cookie);
  if (!token) throw new FloorError("UNAUTHENTICATED", "Sign in first");
  const viewerRows = await pool.query<ViewerRow>(VIEWER_SQL, [hashToken(token), UUID.test(planId) ? planId : null]);
  const viewer = viewerRows.rows[0];
  if (!viewer) throw new FloorError("UNAUTHENTICATED", "Sign in first");
  const actor: Actor = { id: viewer.id, organizationId: viewer.organization_id, isAdmin: viewer.is_admin, isActive: viewer.is_active };
  if (!viewer.plan_id || viewer.plan_organization_id !== viewer.organization_id) throw new FloorError("NOT_FOUND", "Plan not found");
  const subject = { organizationId: viewer.plan_organization_id, role: viewer.role, isArchived: viewer.status === PlanStatus.ARCHIVED };
  if (!can(actor, "plan.view", subject)) throw new FloorError("FORBIDDEN", "Not allowed");

  const [document, reviewers, members, threadRows, commentRows] = await Promise.all([
    server.documents.readPlan(planId),
    pool.query<{ section_id: string; id: string; name: string; color: string; organization_id: string }>(REVIEWERS_SQL, [planId]),
    pool.query<{ user_id: string; plan_id: string; role: PlanRole; name: string; email: string; color: string; job_title: string | null }>(MEMBERS_SQL, [
      planId,
    ]),
    pool.query<Record<string, unknown> & { id: string; author_name: string; author_color: string; created_at: Date }>(THREADS_SQL, [planId]),
    pool.query<{ id: string; thread_id: string; author_id: string; body: string; created_at: Date; deleted_at: Date | null; author_name: string; author_color: string }>(
      COMMENTS_SQL,
      [planId],
    ),
  ]);
  const threads = threadRows.rows.map((row) =>
    Object.assign(new CommentThread(), {
      id: row.id,
      planId: row.plan_id,
      authorId: row.author_id,
      sectionId: row.section_id,
      anchorStart: row.anchor_start,
      anchorEnd: row.anchor_end,
      quote: row.quote,
      suggestion: row.suggestion,
      suggestionStatus: row.suggestion_status,
      status: row.status,
      createdAt: row.created_at,
    }),
  );
  const anchors = await server.services.comments.anchorStates(planId, threads);
  const access: PlanAccessRow = {
    plan: Object.assign(new Plan(), { id: planId, organizationId: viewer.plan_organization_id, status: viewer.status }),
    role: viewer.role,
  };
  const reviewerOf = new Map(reviewers.rows.map((row) => [row.section_id, row]));
  const commentsOf = new Map<string, typeof commentRows.rows>();
  for (const row of commentRows.rows) {
    const list = commentsOf.get(row.thread_id) ?? [];
    list.push(row);
    commentsOf.set(row.thread_id, list);
  }
  return {
    id: viewer.plan_id,
    title: viewer.title,
    status: viewer.status,
    updatedAt: viewer.updated_at.toISOString(),
    myRole: viewer.role,
    owner: { id: viewer.owner_id, name: viewer.owner_name, color: viewer.owner_color },
    sections: document.sections.map((section) => {
      const reviewer = reviewerOf.get(section.id);
      return {
        id: section.id,
        kind: section.kind,
        title: section.title,
        reviewer: reviewer && reviewer.organization_id === viewer.plan_organization_id ? { id: reviewer.id, name: reviewer.name, color: reviewer.color } : null,
      };
    }),
    members: members.rows.map((row) => ({
      id: `${row.plan_id}:${row.user_id}`,
      role: row.role,
      user: { id: row.user_id, name: row.name, email: row.email, color: row.color, jobTitle: row.job_title },
    })),
    threads: threads.map((thread, index) => {
      const row = threadRows.rows[index];
      const state = anchors.get(thread.id);
      const permissions = threadPermissions(actor, access, thread);
      return {
        id: thread.id,
        status: thread.status,
        quote: thread.quote,
        // As the resolver: an accepted suggestion replaced its text on purpose.
        isOrphaned: thread.isAnchored && thread.suggestionStatus !== SuggestionStatus.ACCEPTED ? !state || state.isOrphaned : false,
        sectionId: thread.sectionId,
        suggestion: thread.suggestion,
        createdAt: thread.createdAt.toISOString(),
        anchor: thread.isAnchored ? { start: thread.anchorStart, end: thread.anchorEnd } : null,
        author: { id: thread.authorId, name: row.author_name, color: row.author_color },
        viewerCan: { reply: permissions.reply, resolve: permissions.resolve, acceptSuggestion: permissions.acceptSuggestion },
        comments: (commentsOf.get(thread.id) ?? []).map((comment) => {
          const can = commentPermissions(actor, access, Object.assign(new Comment(), { authorId: comment.author_id, deletedAt: comment.deleted_at }));
          return {
            id: comment.id,
            body: comment.body,
            createdAt: comment.created_at.toISOString(),
            author: { id: comment.author_id, name: comment.author_name, color: comment.author_color },
            viewerCan: { edit: can.edit, delete: can.delete },
          };
        }),
      };
    }),
  };
}
