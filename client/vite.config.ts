import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The shared packages are built as CommonJS for node; the browser bundle uses their TypeScript source.
const packageSource = (name: string) => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url));

const API_ORIGIN = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@planbridge/plan-schema": packageSource("plan-schema"),
      "@planbridge/protocol": packageSource("protocol"),
      "@planbridge/slides": packageSource("slides"),
    },
    // One copy of yjs in the bundle: two copies break Y.Doc instanceof checks in the bindings.
    dedupe: ["yjs", "y-protocols", "@tiptap/pm", "react", "react-dom"],
  },
  server: {
    proxy: {
      "/graphql": { target: API_ORIGIN, ws: true },
      "/api": API_ORIGIN,
      "/healthz": API_ORIGIN,
      "/collab": { target: API_ORIGIN, ws: true },
    },
  },
  // Hidden: maps are written for error reports but not referenced from the bundle (the server never serves them).
  build: { outDir: "dist", sourcemap: "hidden", chunkSizeWarningLimit: 2000 },
});
