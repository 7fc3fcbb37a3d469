/** Who may open a socket on a plan, and what happens when the stored document cannot be loaded. */
import { describe, expect, it } from "vitest";
import { CloseCode, collabPath } from "@planbridge/protocol";
import { SESSION_COOKIE } from "../../server/src/modules/auth/session.service";
import { closeCodeFor, createPlanWorld } from "./collab-harness";
import { useCollabServer } from "./collab-session";

const session = useCollabServer();
const { storedBytes } = session;

describe("upgrade", () => {
  it("refuses unauthenticated, non-member, other-organisation and unknown-plan connections", async () => {
    const world = await createPlanWorld(session.server);
    const other = await createPlanWorld(session.server);
    const path = collabPath(world.plan.id);
    expect(await closeCodeFor(session.server, path)).toBe(CloseCode.Unauthenticated);
    expect(await closeCodeFor(session.server, path, `${SESSION_COOKIE}=forged-token`)).toBe(CloseCode.Unauthenticated);
    expect(await closeCodeFor(session.server, path, world.cookies.outsider)).toBe(CloseCode.Forbidden);
    // Another organisation's plan looks exactly like a random id (GraphQL answers NOT_FOUND for both).
    expect(await closeCodeFor(session.server, path, other.cookies.OWNER)).toBe(CloseCode.NotFound);
    expect(await closeCodeFor(session.server, collabPath("6d3f1c2a-0000-4000-8000-000000000000"), world.cookies.OWNER)).toBe(
      CloseCode.NotFound,
    );
    expect(await closeCodeFor(session.server, collabPath("not-a-uuid"), world.cookies.OWNER)).toBe(CloseCode.NotFound);
    expect(await closeCodeFor(session.server, "/collab/a/b", world.cookies.OWNER)).toBe(CloseCode.NotFound);
  });

  it("refuses a plan whose stored document cannot be loaded, and never overwrites it", async () => {
    const world = await createPlanWorld(session.server);
    const corrupt = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    await session.server.db.dataSource.query(`UPDATE doc_snapshots SET state = $1 WHERE plan_id = $2`, [corrupt, world.plan.id]);
    expect(await closeCodeFor(session.server, collabPath(world.plan.id), world.cookies.OWNER)).toBe(CloseCode.DocumentUnavailable);
    await expect(session.server.collab.documents.readPlan(world.plan.id)).rejects.toMatchObject({ code: "DOCUMENT_LOAD_FAILED" });
    await expect(session.server.collab.documents.change(world.plan.id, () => undefined)).rejects.toMatchObject({
      code: "DOCUMENT_LOAD_FAILED",
    });
    expect(await storedBytes(world.plan.id)).toEqual(corrupt);
    expect(await session.store.countUpdates(world.plan.id)).toBe(0);
  });
});
