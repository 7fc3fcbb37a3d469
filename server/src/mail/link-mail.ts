/**
 * A mail whose point is one link (an invitation, a password reset): the same words as plain text and as
 * simple HTML, the link written out in both so it works in any mail client.
 */
import type { MailMessage } from "./mailer";

export interface LinkMail {
  to: string;
  subject: string;
  /** Paragraphs before the link, plain text (escaped for the HTML part). */
  paragraphs: string[];
  linkLabel: string;
  url: string;
  /** A last line after the link: when it expires, what to do if unexpected. */
  footer: string;
}

export function linkMail(mail: LinkMail): MailMessage {
  const text = [...mail.paragraphs, `${mail.linkLabel}: ${mail.url}`, mail.footer].join("\n\n");
  const url = escapeHtml(mail.url);
  const html = [
    ...mail.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${url}" style="display:inline-block;padding:10px 18px;background:#4c6ef5;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(mail.linkLabel)}</a></p>`,
    `<p style="color:#555;font-size:13px">Or paste this address into your browser: <a href="${url}">${url}</a></p>`,
    `<p style="color:#555;font-size:13px">${escapeHtml(mail.footer)}</p>`,
  ].join("\n");
  return { to: [mail.to], subject: mail.subject, text, html };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}
