/**
 * Node leaves an upgrade request alone once any `upgrade` listener exists, so a request no endpoint
 * claims would stay open forever (a socket and a file descriptor per request). This answers it with
 * 404 and destroys the socket.
 */
import type http from "node:http";
import type { Duplex } from "node:stream";

const NOT_FOUND = "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nNot Found";

/** `claimedPrefixes`: paths (and everything under them) another listener answers. */
export function refuseUnclaimedUpgrades(httpServer: http.Server, claimedPrefixes: readonly string[]): void {
  httpServer.on("upgrade", (req: http.IncomingMessage, socket: Duplex) => {
    const path = (req.url ?? "").split("?", 1)[0];
    if (claimedPrefixes.some((prefix) => path === prefix || path.startsWith(prefix + "/"))) return;
    socket.on("error", () => socket.destroy());
    socket.end(NOT_FOUND, () => socket.destroy());
  });
}
