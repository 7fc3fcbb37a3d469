/**
 * The limit any collaboration server is compared with: a WebSocket relay that forwards every frame to
 * the other sockets on the same path and stores nothing.
 */
import http from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { listen, serveBench } from "./child-ipc";

async function main(): Promise<void> {
  const rooms = new Map<string, Set<WebSocket>>();
  const httpServer = http.createServer((_request, response) => response.end("relay"));
  const wss = new WebSocketServer({ server: httpServer });
  wss.on("connection", (socket, request) => {
    const room = request.url ?? "/";
    const peers = rooms.get(room) ?? new Set<WebSocket>();
    rooms.set(room, peers);
    peers.add(socket);
    socket.on("message", (data: Buffer, isBinary) => {
      for (const peer of peers) if (peer !== socket) peer.send(data, { binary: isBinary });
    });
    socket.on("close", () => {
      peers.delete(socket);
      if (peers.size === 0) rooms.delete(room);
    });
  });
  serveBench(await listen(httpServer), {});
}

void main();
