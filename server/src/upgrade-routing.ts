/**
 * WebSocket upgrades are routed by path: each endpoint takes its own and ignores the rest. A socket no
 * endpoint claims would otherwise hang open, so it is answered 404 and closed.
 */
import type http from "node:http";
import type { Duplex } from "node:stream";

export function refuseUnknownUpgrades(httpServer: http.Server, isClaimed: (path: string) => boolean): void {
  httpServer.on("upgrade", (req: http.IncomingMessage, socket: Duplex) => {
    const path = (req.url ?? "").split("?", 1)[0];
    if (isClaimed(path)) return;
    socket.on("error", () => socket.destroy());
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
}
