/** The reference server: @y/websocket-server 0.1.1 exactly as its own bin wires it, without persistence. */
import http from "node:http";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";
import { listen, serveBench } from "./child-ipc";

async function main(): Promise<void> {
  const httpServer = http.createServer((_request, response) => response.end("okay"));
  const wss = new WebSocketServer({ noServer: true });
  wss.on("connection", setupWSConnection);
  httpServer.on("upgrade", (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
  });
  serveBench(await listen(httpServer), {});
}

void main();
