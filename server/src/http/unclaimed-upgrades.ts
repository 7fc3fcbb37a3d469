/**
 * Node leaves an upgrade request alone once any `upgrade` listener exists, so a request no endpoint
 * claims would stay open forever (a socket and a file descriptor per request). This answers it with
 * 404 and destroys the socket.
 */
import type http from "node:http";
import type { Duplex } from "node:stream";

const NOT_FOUND = "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nNot Found";

/** `isClaimed(path)`: another listener answers upgrades to this path. */
export function refuseUnclaimedUpgrades(httpServer: http.Server, isClaimed: (path: string) => boolean): void {
  httpServer.on("upgrade", (req: http.IncomingMessage, socket: Duplex) => {
    const path = (req.url ?? "").split("?", 1)[0];
    if (isClaimed(path)) return;
    socket.on("error", () => socket.destroy());
    socket.end(NOT_FOUND, () => socket.destroy());
  });
}
