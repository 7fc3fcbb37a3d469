/**
 * Lets a plain `node` child process or worker thread run the server's TypeScript sources (fault tests
 * kill real processes, and export runs its renderer in a worker, neither inside vitest's transform):
 * compiles .ts with SWC on require, with decorator metadata for TypeORM, and maps the workspace packages
 * to their sources like vitest.config.mts does.
 */
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const { transformSync } = require("@swc/core");

const repo = path.resolve(__dirname, "../../..");
const aliases = {
  "@planbridge/protocol": path.join(repo, "packages/protocol/src/index.ts"),
  "@planbridge/plan-schema": path.join(repo, "packages/plan-schema/src/index.ts"),
  "@planbridge/slides": path.join(repo, "packages/slides/src/index.ts"),
  "@planbridge/slides/pptx": path.join(repo, "packages/slides/src/to-pptx.ts"),
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveAliased(request, ...rest) {
  try {
    return resolveFilename.call(this, aliases[request] ?? request, ...rest);
  } catch (error) {
    // Sources name their lazily imported siblings by the compiled ".js" file (TypeScript's node16 rule).
    if (!request.startsWith(".") || !request.endsWith(".js")) throw error;
    return resolveFilename.call(this, request.slice(0, -3) + ".ts", ...rest);
  }
};

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    sourceMaps: "inline",
    module: { type: "commonjs" },
    jsc: {
      target: "es2022",
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  });
  module._compile(code, filename);
};
