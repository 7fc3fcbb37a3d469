/** The agenda mail sent before a feedback call: plain text and simple, inline-styled HTML. */
import type { MailMessage } from "../../mail/mailer";
import { escapeHtml } from "../../mail/escape-html";
import type { AgendaItem, FeedbackSession } from "./feedback.entity";

export interface AgendaMail {
  planTitle: string;
  session: FeedbackSession;
  agenda: readonly AgendaItem[];
  participantNames: readonly string[];
  link: string;
}

export function agendaMail(recipients: string[], { planTitle, session, agenda, participantNames, link }: AgendaMail): MailMessage {
  const when = session.scheduledAt.toUTCString();
  const subject = `Agenda: ${planTitle} feedback call, ${when}`;
  const lines = agenda.map((item) => `${item.position}. ${item.title}${item.detail ? ` (${item.detail})` : ""}`);
  const text = [
    `Feedback call on ${planTitle}, ${when}.`,
    `On the call: ${participantNames.join(", ")}.`,
    "",
    "Agenda:",
    ...(lines.length > 0 ? lines : ["Nothing open: bring what you hear in the field."]),
    "",
    `Open it in planbridge: ${link}`,
  ].join("\n");
  const items = agenda
    .map((item) => `<li style="margin:0 0 8px"><strong>${escapeHtml(item.title)}</strong>${item.detail ? `<br><span style="color:#555">${escapeHtml(item.detail)}</span>` : ""}</li>`)
    .join("");
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#222;max-width:640px">
<h2 style="margin:0 0 8px">Feedback call: ${escapeHtml(planTitle)}</h2>
<p style="margin:0 0 12px">${escapeHtml(when)} · ${escapeHtml(participantNames.join(", "))}</p>
<ol style="padding-left:20px">${items || "<li>Nothing open: bring what you hear in the field.</li>"}</ol>
<p><a href="${escapeHtml(link)}">Open the call in planbridge</a></p>
</body></html>`;
  return { to: recipients, subject, text, html };
}
