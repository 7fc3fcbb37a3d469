import { existsSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

const SERVER_SCHEMA = "../server/schema.graphql";

// The server build emits its schema; documents live next to the features that use them.
const config: CodegenConfig = {
  schema: existsSync(SERVER_SCHEMA) ? SERVER_SCHEMA : "schema.contract.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: "string", DateTime: "string" } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
