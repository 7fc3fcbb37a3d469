import type { CodegenConfig } from "@graphql-codegen/cli";

// The server build emits its schema; documents live next to the features that use them.
// Generated code under src/gql is committed, so building the client needs no running server.
const config: CodegenConfig = {
  schema: "../server/schema.graphql",
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
