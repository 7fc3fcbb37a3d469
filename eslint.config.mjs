// One flat config for the whole repository: typed rules (typescript-eslint recommended-type-checked)
// on every TypeScript file that belongs to a tsconfig, React hooks rules on the client.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const projects = [
  "server/tsconfig.json",
  "packages/protocol/tsconfig.json",
  "packages/plan-schema/tsconfig.json",
  "packages/slides/tsconfig.json",
  "client/tsconfig.json",
  "test/bench/tsconfig.json",
  "test/tsconfig.json",
];

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "client/src/gql/**", "test-results/**", "coverage/**", "**/.data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { project: projects, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // Yjs's declarations hide Y.Text#toString, so every `doc.getText(...).toString()` is reported: all false positives.
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    // Tests read GraphQL answers as loose JSON (GraphQLTestClient) and assert their shape with expect().
    files: ["**/*.test.ts", "server/src/test-support/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Props are declared as methods (`onClose(): void`) and called as plain functions: never a `this` bug.
      "@typescript-eslint/unbound-method": "off",
      // An async handler on a JSX attribute is React's normal event handler; its promise is handled inside.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // The collab hooks mirror an external store (the y-websocket provider) into state from an effect
      // and register a handler in its message table: the documented pattern, reported by these two rules.
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/immutability": "off",
    },
  },
  {
    // Build and tool configuration files are not part of any tsconfig: lint them without types.
    files: ["*.{js,mjs,cjs,mts}", "**/*.config.{ts,mts}", "client/codegen.ts", ".dependency-cruiser.cjs", "server/src/test-support/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
