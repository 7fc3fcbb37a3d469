/**
 * `GET /api/plans/:planId/versions/:number/export?format=pptx|pdf|md` (session cookie): the download;
 * `GET .../deck`: the deck input presenter mode draws. Parse, authenticate, answer; the service decides
 * everything else.
 */
import { Router, type Request } from "express";
import { UnauthenticatedError } from "../../errors";
import { jsonErrors } from "../../http/error-response";
import { readSessionToken, type SessionService } from "../auth/session.service";
import { parseExportFormat, parseVersionRef } from "./export-format";
import type { ExportService } from "./export.service";

export interface ExportRoutesDeps {
  sessions: SessionService;
  exports: ExportService;
  isProduction: boolean;
}

export function exportRoutes({ sessions, exports, isProduction }: ExportRoutesDeps): Router {
  const router = Router();
  const signedIn = async (req: Request) => {
    const session = await sessions.authenticate(readSessionToken(req.headers.cookie));
    if (!session) throw new UnauthenticatedError();
    return session.user;
  };
  router.get("/api/plans/:planId/versions/:number/deck", async (req, res) => {
    const input = await exports.presentVersion(await signedIn(req), req.params.planId, parseVersionRef(req.params.number));
    res.set("cache-control", "private, no-store").json(input);
  });
  router.get("/api/plans/:planId/versions/:number/export", async (req, res) => {
    const file = await exports.exportVersion(await signedIn(req), req.params.planId, parseVersionRef(req.params.number), parseExportFormat(req.query.format));
    res.set({
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "content-length": String(file.bytes.byteLength),
      "cache-control": "private, no-store",
    });
    res.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  });
  router.use(jsonErrors(isProduction));
  return router;
}
