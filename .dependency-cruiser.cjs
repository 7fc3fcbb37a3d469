/**
 * The import rules of the layers (README, "Layout"). `pnpm lint` fails on any of them.
 * Server: resolvers -> services -> repositories -> entities; policies, errors and ports below all of
 * them; the composition root (app.ts, main.ts, services.ts) and db/ on top. Client: a feature folder
 * never imports another one; shared code lives in app/, collab/, components/, editor/, session/, gql/.
 */
const SERVER = "^server/src/";
const TEST = "(\\.test\\.ts$|^server/src/test-support/)";
const GRAPHQL_PACKAGES = ["node_modules/(type-)?graphql/", "node_modules/\\.pnpm/[^/]+/node_modules/(type-)?graphql/"];
const COMPOSITION_ROOT = `${SERVER}(app|main|services)\\.ts$`;

/** A rule that applies to the server's non-test files matching `from`. */
const server = (name, comment, from, to) => ({ name, comment, severity: "error", from: { path: from, pathNot: TEST }, to });

module.exports = {
  forbidden: [
    { name: "no-circular", comment: "Import circles make layers meaningless.", severity: "error", from: {}, to: { circular: true } },
    server(
      "domain-without-graphql",
      "Services, repositories and ports know nothing of GraphQL: they throw domain errors (errors.ts).",
      `${SERVER}modules/.+\\.(service|repository|port)\\.ts$`,
      { path: [`${SERVER}graphql/`, ...GRAPHQL_PACKAGES] },
    ),
    server(
      "services-below-resolvers",
      "A service never reaches up to a resolver, GraphQL type, the GraphQL layer or the composition root.",
      `${SERVER}modules/.+\\.service\\.ts$`,
      { path: ["\\.resolver\\.ts$", "\\.types\\.ts$", `${SERVER}graphql/`, COMPOSITION_ROOT, `${SERVER}db/`] },
    ),
    server(
      "repositories-below-services",
      "A repository holds queries only: it imports entities, never services, resolvers or ports.",
      `${SERVER}modules/.+\\.repository\\.ts$`,
      { path: ["\\.(service|resolver|types|port)\\.ts$", `${SERVER}graphql/`, COMPOSITION_ROOT, `${SERVER}db/`] },
    ),
    server(
      "entities-at-the-bottom",
      "Entities import only enums and other entities.",
      `${SERVER}modules/.+\\.entity\\.ts$`,
      { path: ["\\.(service|repository|resolver|types|port)\\.ts$", `${SERVER}graphql/`, COMPOSITION_ROOT, `${SERVER}db/`] },
    ),
    server(
      "policies-are-pure",
      "Policies decide from the values they are given: no module, database or GraphQL layer.",
      `${SERVER}policies/`,
      { path: [`${SERVER}modules/`, `${SERVER}graphql/`, `${SERVER}db/`, COMPOSITION_ROOT] },
    ),
    server(
      "kernel-imports-nothing-above",
      "errors.ts, ids.ts, entity-rows.ts, events/ and config/ sit under every module.",
      `${SERVER}(errors|ids|entity-rows)\\.ts$|${SERVER}(events|config)/`,
      { path: [`${SERVER}modules/`, `${SERVER}graphql/`, `${SERVER}db/`, COMPOSITION_ROOT] },
    ),
    server(
      "no-upward-to-the-root",
      "Only the composition root, db/ (seed) and tests import app.ts, main.ts, services.ts and db/.",
      `${SERVER}(modules|graphql|policies)/`,
      { path: [COMPOSITION_ROOT, `${SERVER}db/`] },
    ),
    server(
      "collaboration-through-ports",
      "The collaboration module reaches other modules only through their ports (*.port.ts).",
      `${SERVER}modules/collaboration/`,
      { path: `${SERVER}modules/(?!collaboration/)`, pathNot: "\\.port\\.ts$" },
    ),
    server(
      "module-order",
      "Module order: organizations < users < auth, users < plans < collaboration. Lower modules never import higher ones.",
      `${SERVER}modules/(organizations|users)/`,
      { path: `${SERVER}modules/(auth|plans|collaboration)/` },
    ),
    server(
      "module-order-plans",
      "Plans asks collaboration for documents through its own port (plan-documents.port.ts), never the reverse.",
      `${SERVER}modules/plans/`,
      { path: `${SERVER}modules/(auth|collaboration)/` },
    ),
    server(
      "module-order-auth",
      "Auth depends on users, never on plans or collaboration.",
      `${SERVER}modules/auth/`,
      { path: `${SERVER}modules/(plans|collaboration)/` },
    ),
    {
      name: "client-features-apart",
      comment: "A client feature folder does not import another; share through app/, collab/, components/, editor/, session/.",
      severity: "error",
      from: { path: "^client/src/features/([^/]+)/" },
      to: { path: "^client/src/features/([^/]+)/", pathNot: "^client/src/features/$1/" },
    },
    {
      name: "client-shared-below-features",
      comment: "Shared client code never imports a feature (only app/ routes do).",
      severity: "error",
      from: { path: "^client/src/(collab|components|editor|session)/" },
      to: { path: "^client/src/(features|app)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)dist/|^client/src/gql/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.depcruise.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
