/**
 * `GET /api/calendars/:token.ics`: the plan's campaign calendar for calendar apps, which cannot sign
 * in; the secret in the address is the credential, and an unknown or revoked one is 404.
 */
import { Router } from "express";
import { CALENDAR_FEED_PATH } from "./calendar-feed";
import type { CampaignService } from "./campaigns.service";

export function calendarFeedRoutes(campaigns: CampaignService): Router {
  const router = Router();
  router.get(`${CALENDAR_FEED_PATH}/:file`, async (req, res) => {
    const token = req.params.file.endsWith(".ics") ? req.params.file.slice(0, -".ics".length) : "";
    const body = token ? await campaigns.feed(token) : null;
    if (body === null) {
      res.status(404).type("text/plain").send("No calendar at this address (it may have been revoked).");
      return;
    }
    res.set({ "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300" }).send(body);
  });
  return router;
}
