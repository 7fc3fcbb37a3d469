/**
 * graphql: the plan page query (plan, sections with reviewers, members with their users, comment
 * threads with their comments, authors and permissions) under autocannon, through planbridge's HTTP
 * stack (Express + Apollo), through bare graphql-js `execute` over the same schema, services and
 * database in the same process, and through a hand-written handler (the floor: minimal SQL with `pg`,
 * JSON.stringify, checked to answer the same JSON); plus the SQL statements one request issues for plans with 0, 50 and
 * 500 threads (and 1, 10 and 100 members): it must not grow with either list.
 */
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { round } from "../stats";
import type { CollabSystem } from "../systems/collab-system";
import { loadAverage, ratioRow, rotation, startSystems, stopSystems, type ScenarioContext } from "./scenario";

export const PLAN_PAGE_QUERY = `query PlanPage($id: ID!) {
  plan(id: $id) {
    id title status updatedAt myRole
    owner { id name color }
    sections { id kind title reviewer { id name color } }
    members { id role user { id name email color jobTitle } }
    threads {
      id status quote isOrphaned sectionId suggestion createdAt
      anchor { start end }
      author { id name color }
      viewerCan { reply resolve acceptSuggestion }
      comments { id body createdAt author { id name color } viewerCan { edit delete } }
    }
  }
}`;

type Endpoint = "planbridge" | "graphql-js" | "floor";
const ENDPOINTS: readonly Endpoint[] = ["planbridge", "graphql-js", "floor"];

interface PagePlan {
  planId: string;
  cookie: string;
}

function endpointUrl(system: CollabSystem, endpoint: Endpoint): string {
  const port = endpoint === "planbridge" ? system.server.port : endpoint === "floor" ? system.server.ports.floor : system.server.ports.graphqlJs;
  return `http://127.0.0.1:${port}/graphql`;
}

function requestInit(plan: PagePlan): RequestInit & { body: string; headers: Record<string, string> } {
  return {
    method: "POST",
    headers: { "content-type": "application/json", cookie: plan.cookie },
    body: JSON.stringify({ query: PLAN_PAGE_QUERY, variables: { id: plan.planId }, operationName: "PlanPage" }),
  };
}

async function queryOnce(url: string, plan: PagePlan): Promise<unknown> {
  const response = await fetch(url, requestInit(plan));
  const body = (await response.json()) as { errors?: { message: string }[]; data?: { plan?: { members: unknown[] } } };
  if (!response.ok || body.errors || !body.data?.plan) {
    throw new Error(`${url}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body;
}

/** The floor must answer exactly what planbridge answers, or its figure means nothing. */
async function checkSameJson(system: CollabSystem, plan: PagePlan): Promise<void> {
  const expected = await queryOnce(endpointUrl(system, "planbridge"), plan);
  for (const endpoint of ["graphql-js", "floor"] as const) {
    const actual = await queryOnce(endpointUrl(system, endpoint), plan);
    if (!isDeepStrictEqual(actual, expected)) {
      throw new Error(`${endpoint} answers differently from planbridge:\n${JSON.stringify(actual).slice(0, 600)}\n${JSON.stringify(expected).slice(0, 600)}`);
    }
  }
}

async function openPagePlan(system: CollabSystem, members: number, threads = 0): Promise<PagePlan> {
  const plan = await system.openPlan({ editors: 1, viewers: members - 1, threads });
  const cookie = plan.editor(0).headers.Cookie;
  return { planId: plan.planId, cookie };
}

async function statementsPerRequest(system: CollabSystem, endpoint: Endpoint, plan: PagePlan, requests: number): Promise<number> {
  const url = endpointUrl(system, endpoint);
  await queryOnce(url, plan);
  const before = await system.server.call<number>("statementCount");
  for (let index = 0; index < requests; index++) await queryOnce(url, plan);
  const after = await system.server.call<number>("statementCount");
  return (after - before) / requests;
}

async function requestsPerSecond(url: string, plan: PagePlan, seconds: number): Promise<{ rps: number; errors: number }> {
  const init = requestInit(plan);
  const result = await autocannon({ url, method: "POST", headers: init.headers, body: init.body, connections: 10, duration: seconds });
  return { rps: result.requests.average, errors: result.errors + result.non2xx };
}

export async function graphqlScenario(context: ScenarioContext): Promise<void> {
  const quick = context.options.quick;
  const systems = await startSystems(context, ["planbridge"]);
  try {
    const system = systems[0];
    if (!system) throw new Error("planbridge did not start");
    const shapes = [
      ...[0, 50, 500].map((threads) => ({ members: 10, threads })),
      ...[1, 100].map((members) => ({ members, threads: 0 })),
    ];
    for (const params of shapes) {
      const plan = await openPagePlan(system, params.members, params.threads);
      for (const endpoint of ["planbridge", "graphql-js"] as const) {
        const value = await statementsPerRequest(system, endpoint, plan, quick ? 3 : 10);
        context.emit({ scenario: "graphql", system: endpoint, metric: "sql_statements_per_request", value: round(value, 2), unit: "count", params });
      }
    }
    const plan = await openPagePlan(system, 10, 50);
    await checkSameJson(system, plan);
    const seconds = quick ? 3 : 10;
    const rounds = quick ? 1 : 3;
    const totals = new Map<Endpoint, number[]>(ENDPOINTS.map((endpoint) => [endpoint, []]));
    for (const endpoint of ENDPOINTS) await requestsPerSecond(endpointUrl(system, endpoint), plan, 1);
    for (let index = 0; index < rounds; index++) {
      for (const endpoint of rotation(ENDPOINTS, index)) {
        const { rps, errors } = await requestsPerSecond(endpointUrl(system, endpoint), plan, seconds);
        if (errors > 0) context.log(`  ${endpoint}: ${errors} failed requests`);
        totals.get(endpoint)?.push(rps);
      }
    }
    const params = { members: 10, threads: 50, connections: 10, seconds: seconds * rounds };
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const planbridge = mean(totals.get("planbridge") ?? []);
    const bare = mean(totals.get("graphql-js") ?? []);
    const floor = mean(totals.get("floor") ?? []);
    const withLoad = { ...params, load_avg: loadAverage() };
    context.emit({ scenario: "graphql", system: "planbridge", metric: "requests_per_s", value: Math.round(planbridge), unit: "req/s", params: withLoad });
    context.emit({ scenario: "graphql", system: "graphql-js", metric: "requests_per_s", value: Math.round(bare), unit: "req/s", params: withLoad });
    context.emit({ scenario: "graphql", system: "floor", metric: "requests_per_s", value: Math.round(floor), unit: "req/s", params: withLoad });
    context.emit(ratioRow("graphql", "planbridge", "vs_graphql_js", planbridge / bare, params));
    context.emit(ratioRow("graphql", "planbridge", "vs_floor", planbridge / floor, params));
  } finally {
    await stopSystems(systems);
  }
}
