/** Open sockets follow access changes: removed members, revoked sessions, demotions, the periodic sweep. */
import { describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { CloseCode, collabPath } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { SESSION_COOKIE } from "../../server/src/modules/auth/session.service";
import { createPlanWorld } from "./collab-harness";
import { closed, typeInto, useCollabServer } from "./collab-session";

const session = useCollabServer();
const { join, synced, rawSocket } = session;

describe("revocation", () => {
  it("closes a removed member's sockets and a revoked session's sockets", async () => {
    const world = await createPlanWorld(session.server);
    const editor = await rawSocket(world, PlanRole.EDITOR);
    const editorClosed = closed(editor);
    session.server.events.emit("membership.removed", { planId: world.plan.id, userId: world.users.EDITOR.id });
    expect(await editorClosed).toBe(CloseCode.Forbidden);

    const { token, sessionId } = await session.server.sessions.createSession(world.users.VIEWER.id);
    const viewer = new WebSocket(session.server.url + collabPath(world.plan.id), { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    await new Promise((resolve) => viewer.once("open", resolve));
    const viewerClosed = closed(viewer);
    await session.server.sessions.revoke(sessionId);
    expect(await viewerClosed).toBe(CloseCode.SessionRevoked);
  });

  it("notices changes made without an event (another process, expiry) on its periodic sweep", async () => {
    const world = await createPlanWorld(session.server);
    const { dataSource } = session.server.db;
    const commenter = await rawSocket(world, PlanRole.COMMENTER);
    const commenterClosed = closed(commenter);
    await dataSource.query(`DELETE FROM plan_members WHERE plan_id = $1 AND user_id = $2`, [world.plan.id, world.users.COMMENTER.id]);
    expect(await commenterClosed).toBe(CloseCode.Forbidden);

    const viewer = await rawSocket(world, PlanRole.VIEWER);
    const viewerClosed = closed(viewer);
    await dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [world.users.VIEWER.id]);
    expect(await viewerClosed).toBe(CloseCode.SessionRevoked);

    const editor = join(world, PlanRole.EDITOR);
    await synced(editor);
    await dataSource.query(`UPDATE plans SET status = 'ARCHIVED' WHERE id = $1`, [world.plan.id]);
    await vi.waitFor(() =>
      expect(session.server.collab.connections().find((c) => c.userId === world.users.EDITOR.id)?.canWrite).toBe(false),
    );
    typeInto(editor, 0, 0, "archived plans are frozen");
    await vi.waitFor(() => expect(session.server.collab.connections().find((c) => c.userId === world.users.EDITOR.id)?.droppedWrites).toBeGreaterThan(0));
    expect((await session.server.collab.documents.readPlan(world.plan.id)).sections[0].text).toBe("");
  });

  it("makes a demoted editor read-only on the open socket", async () => {
    const world = await createPlanWorld(session.server);
    const editor = join(world, PlanRole.EDITOR);
    await synced(editor);
    session.server.events.emit("membership.changed", { planId: world.plan.id, userId: world.users.EDITOR.id, role: PlanRole.COMMENTER });
    const dropped = session.server.collab.metrics.droppedReadOnlyWrites;
    typeInto(editor, 0, 0, "after demotion");
    await vi.waitFor(() => expect(session.server.collab.metrics.droppedReadOnlyWrites).toBeGreaterThan(dropped));
    expect((await session.server.collab.documents.readPlan(world.plan.id)).sections[0].text).toBe("");
  });
});
