import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const requireFromServer = createRequire(new URL("./server/package.json", import.meta.url));
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// type-graphql and TypeORM need decorator metadata, which only SWC (or tsc) emits.
// graphql is aliased to its CJS entry so type-graphql and our code share one realm.
export default defineConfig({
  plugins: [swc.vite({ jsc: { target: "es2022", transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  resolve: {
    alias: {
      graphql: requireFromServer.resolve("graphql"),
      "@planbridge/protocol": src("protocol"),
      "@planbridge/plan-schema": src("plan-schema"),
      "@planbridge/slides/pptx": fileURLToPath(new URL("./packages/slides/src/to-pptx.ts", import.meta.url)),
      "@planbridge/slides": src("slides"),
    },
  },
  test: {
    include: ["server/src/**/*.test.ts", "packages/*/src/**/*.test.ts", "test/**/*.test.ts", "client/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "test/bench/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
