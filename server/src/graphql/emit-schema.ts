/** Writes server/schema.graphql at build time; the client's codegen reads it. */
import path from "node:path";
import { createSchema } from "./schema";

createSchema(path.resolve(__dirname, "../../schema.graphql")).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
