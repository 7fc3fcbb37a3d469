/**
 * `pnpm --filter @planbridge/bench profile <file.cpuprofile> [top]`: where a server child's CPU went
 * (from `BENCH_CPU_PROF`), as self-time shares per package / source file and per function.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "yjs", "pg", "server/modules/collaboration/connection.ts", "(garbage collector)", "node:net", ... */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1];
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const own = /\/(server|packages\/[^/]+)\/(?:dist|src)\/(.+?)\.[jt]s$/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return url.startsWith("node:") ? url : url.replace(/^file:\/\//, "");
}

export function summarizeProfile(profile: CpuProfile): { total: number; places: [string, number][]; functions: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, time] of selfTime) {
    const node = byId.get(id);
    if (!node) continue;
    total += time;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = placeOf(url, functionName);
    if (functionName === "(idle)") continue;
    places.set(place, (places.get(place) ?? 0) + time);
    const name = `${functionName || "(anonymous)"} ${place}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { total, places: sorted(places), functions: sorted(functions) };
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("usage: profile <file.cpuprofile> [top]\n");
    process.exit(2);
  }
  const top = Number(topArg ?? 25);
  const summary = summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const busy = summary.places.reduce((sum, [, time]) => sum + time, 0);
  const line = ([name, time]: [string, number]) => `${((100 * time) / busy).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(7)} ms  ${name}`;
  process.stdout.write(`profile ${(summary.total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (shares of busy time)\n\nby place\n`);
  process.stdout.write(summary.places.slice(0, top).map(line).join("\n") + "\n\nby function\n");
  process.stdout.write(summary.functions.slice(0, top).map(line).join("\n") + "\n");
}

if (require.main === module) main();
