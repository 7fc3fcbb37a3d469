/** Starts `servers/commit-load.ts` for one segment (see there): ready before the replay, done after it. */
import { fork } from "node:child_process";
import path from "node:path";

export class CommitLoadError extends Error {
  readonly code = "COMMIT_LOAD";
}

export interface CommitLoad {
  /** Resolves once every INSERT has returned and the child has exited. */
  done: Promise<void>;
}

/** Forks the child, waits until its connections are open, then starts it. */
export async function startCommitLoad(databaseUrl: string, rate: number, count: number): Promise<CommitLoad> {
  const child = fork(path.resolve(__dirname, "../servers/commit-load.js"), [databaseUrl, String(rate), String(count)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  // Listened for before anything else: the child may finish before the caller awaits it.
  const done = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new CommitLoadError(`commit load exited with ${code}`))));
  });
  await Promise.race([new Promise<void>((resolve) => child.once("message", () => resolve())), done]);
  child.send("go");
  return { done };
}
