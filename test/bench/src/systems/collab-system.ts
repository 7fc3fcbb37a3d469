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
  /** The (first) server process. */
  readonly server: ServerProcess;
  /** Server processes sharing the plans (planbridge scale-out); 1 when absent. */
  readonly processes?: number;
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

function startPlanbridge(settings: SystemSettings): Promise<CollabSystem> {
  return startPlanbridgeCluster(settings, 1);
}

/**
 * planbridge as `processes` server processes on one database; with more than one they share plans
 * over Redis (`redisUrl`, a channel prefix of their own), and editor i connects to process i mod n:
 * clients spread round-robin, as a load balancer without sticky sessions would spread them.
 */
export async function startPlanbridgeCluster(settings: SystemSettings & { redisUrl?: string }, processes: number): Promise<CollabSystem> {
  const env: NodeJS.ProcessEnv = { BENCH_DATABASE_URL: settings.databaseUrl };
  if (processes > 1) {
    env.BENCH_REDIS_URL = settings.redisUrl ?? "redis://127.0.0.1:6379";
    env.BENCH_REDIS_PREFIX = `pbbench:${randomBytes(6).toString("hex")}:`;
  }
  // One after the other: the first runs the migrations, the others find them done.
  const servers: ServerProcess[] = [];
  try {
    for (let index = 0; index < processes; index++) servers.push(await ServerProcess.start("planbridge", env));
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  const [server] = servers;
  return {
    name: "planbridge",
    server,
    processes: servers.length,
    async openPlan(options: PlanOptions = {}) {
      const created = await server.call<CreatedPlan>("createPlan", {
        editors: options.editors ?? 1,
        viewers: options.viewers ?? 0,
        threads: options.threads ?? 0,
      });
      return {
        planId: created.planId,
        editor: (index) => ({
          // `?acks=1`: the benchmark measures the save acknowledgement, which only clients that ask get.
          url: `ws://127.0.0.1:${servers[index % servers.length].port}${collabPath(created.planId)}?${SAVE_ACKS_PARAM}=1`,
          headers: { Cookie: created.cookies[index % created.cookies.length] },
          handshake: true,
        }),
      };
    },
    stop: async () => {
      await Promise.all(servers.map((each) => each.stop()));
    },
  };
}
