/**
 * The GraphQL baseline: planbridge's own schema, context and services, executed with graphql-js over
 * node:http, without Express or Apollo. Parsed and validated documents are cached per query text,
 * as Apollo does, so the comparison isolates the server layer.
 */
import http from "node:http";
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { buildContext } from "@planbridge/server/dist/graphql/context";
import { createSchema } from "@planbridge/server/dist/graphql/schema";
import type { Services } from "@planbridge/server/dist/app";

interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export async function startBareGraphql(services: Services): Promise<http.Server> {
  const schema = await createSchema();
  const documents = new Map<string, DocumentNode>();
  return http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      respond(schema, documents, services, request, response, Buffer.concat(chunks)).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
  });
}

async function respond(
  schema: GraphQLSchema,
  documents: Map<string, DocumentNode>,
  services: Services,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  body: Buffer,
): Promise<void> {
  const payload = JSON.parse(body.toString("utf8")) as GraphqlRequest;
  let document = documents.get(payload.query);
  if (!document) {
    document = parse(payload.query);
    const errors = validate(schema, document);
    if (errors.length > 0) {
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ errors }));
      return;
    }
    documents.set(payload.query, document);
  }
  // buildContext reads the cookie header and keeps req/res for cookie helpers only.
  const contextValue = await buildContext(
    services,
    request as unknown as Parameters<typeof buildContext>[1],
    response as unknown as Parameters<typeof buildContext>[2],
  );
  const result = await execute({
    schema,
    document,
    variableValues: payload.variables,
    operationName: payload.operationName,
    contextValue,
  });
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
}
