import { existsSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { startDemoServer } from "./support/demo-server";
it("dev server", { timeout: 3_600_000 }, async () => {
  const s = await startDemoServer();
  writeFileSync("/tmp/devserver.url", s.url);
  while (!existsSync("/tmp/devserver.stop")) await new Promise((r) => setTimeout(r, 500));
  await s.close();
});
