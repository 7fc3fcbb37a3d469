/**
 * The three systems every collaboration scenario compares, behind one interface: a server child
 * process plus a way to get a fresh plan (document) and the connection details for its editors.
 */
import { randomBytes } from "node:crypto";
import { collabPath, SAVE_ACKS_PARAM } from "@planbridge/protocol";
import type { PlanTarget } from "../wire/bench-client";
import { ServerProcess } from "./server-process";

export type CollabSystemName = "relay" | "reference" | "planbridge";
export const COLLAB_SYSTEMS: readonly CollabSystemName[] = ["relay", "reference", "planbridge"];

export interface OpenedPlan {
  planId: string;
  /** Connection details for editor i (planbridge: each editor is a separate member with a session). */
  editor(index: number): PlanTarget;
}

export interface PlanOptions {
  /** Distinct signed-in editors (planbridge); other systems need no accounts. */
  editors?: number;
  /** Extra read-only members (the GraphQL scenario varies the member list length). */
  viewers?: number;
  /** Comment threads with replies (planbridge; the GraphQL scenario varies the thread count). */
  threads?: number;
}

export interface CollabSystem {
  readonly name: CollabSystemName;
  readonly server: ServerProcess;
  openPlan(options?: PlanOptions): Promise<OpenedPlan>;
  stop(): Promise<void>;
}

export interface SystemSettings {
  /** Database the planbridge server stores plans in (created by the bench). */
  databaseUrl: string;
}

export async function startSystem(name: CollabSystemName, settings: SystemSettings): Promise<CollabSystem> {
  if (name === "planbridge") return startPlanbridge(settings);
  const server = await ServerProcess.start(name);
  return {
    name,
    server,
    openPlan() {
      const planId = `bench-${randomBytes(6).toString("hex")}`;
      const target: PlanTarget = {
        url: `ws://127.0.0.1:${server.port}/${planId}`,
        headers: {},
        handshake: name !== "relay",
      };
      return Promise.resolve({ planId, editor: () => target });
    },
    stop: () => server.stop(),
  };
}

export interface CreatedPlan {
  planId: string;
  cookies: string[];
}

async function startPlanbridge(settings: SystemSettings): Promise<CollabSystem> {
  const server = await ServerProcess.start("planbridge", { BENCH_DATABASE_URL: settings.databaseUrl });
  return {
    name: "planbridge",
    server,
    async openPlan(options: PlanOptions = {}) {
      const created = await server.call<CreatedPlan>("createPlan", {
        editors: options.editors ?? 1,
        viewers: options.viewers ?? 0,
        threads: options.threads ?? 0,
      });
      // `?acks=1`: the benchmark measures the save acknowledgement, which only clients that ask get.
      const url = `ws://127.0.0.1:${server.port}${collabPath(created.planId)}?${SAVE_ACKS_PARAM}=1`;
      return {
        planId: created.planId,
        editor: (index) => ({
          url,
          headers: { Cookie: created.cookies[index % created.cookies.length] },
          handshake: true,
        }),
      };
    },
    stop: () => server.stop(),
  };
}
