/**
 * Outgoing mail. With SMTP_URL set, nodemailer delivers through that server; without it, each mail is written
 * as an .eml file to the outbox folder (development, or a team that has no mail server yet) so nothing that
 * would have been sent is silently lost, and callers show links in the app instead.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailSettings } from "../config/env";

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

/** How a mail left: through SMTP, into the outbox folder, or nowhere (tests without a mail setting). */
export type MailDelivery = "smtp" | "outbox" | "none";

export interface MailReceipt {
  delivery: MailDelivery;
  /** The .eml file written, for "outbox". */
  file?: string;
  messageId?: string;
}

export interface Mailer {
  /** "smtp" when mails reach people's inboxes; callers show links in the app otherwise. */
  readonly delivery: MailDelivery;
  send(message: MailMessage): Promise<MailReceipt>;
  close(): void;
}

export function createMailer(settings: MailSettings): Mailer {
  if (settings.smtpUrl) return new SmtpMailer(settings.from, nodemailer.createTransport(settings.smtpUrl));
  if (settings.outboxDir) return new OutboxMailer(settings.from, settings.outboxDir);
  return new NoMailer();
}

class SmtpMailer implements Mailer {
  readonly delivery = "smtp" as const;

  constructor(
    private readonly from: string,
    private readonly transport: Transporter,
  ) {}

  async send(message: MailMessage): Promise<MailReceipt> {
    const info = (await this.transport.sendMail({ from: this.from, ...message })) as { messageId?: string };
    return { delivery: this.delivery, messageId: info.messageId };
  }

  close() {
    this.transport.close();
  }
}

class OutboxMailer implements Mailer {
  readonly delivery = "outbox" as const;
  // nodemailer builds the same MIME message it would send, handed back as a buffer.
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

  constructor(
    private readonly from: string,
    private readonly directory: string,
  ) {}

  async send(message: MailMessage): Promise<MailReceipt> {
    const info = (await this.transport.sendMail({ from: this.from, ...message })) as {
      message: Buffer;
      messageId?: string;
    };
    await mkdir(this.directory, { recursive: true });
    const file = path.join(this.directory, `${new Date().toISOString().replace(/[:.]/g, "-")}-${outboxSlug(message)}.eml`);
    await writeFile(file, info.message, { mode: 0o600 });
    return { delivery: this.delivery, file, messageId: info.messageId };
  }

  close() {
    this.transport.close();
  }
}

class NoMailer implements Mailer {
  readonly delivery = "none" as const;

  send(): Promise<MailReceipt> {
    return Promise.resolve({ delivery: this.delivery });
  }

  close() {}
}

function outboxSlug(message: MailMessage): string {
  const random = Math.random().toString(36).slice(2, 8);
  const subject = message.subject.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40).replace(/^-|-$/g, "");
  return `${subject || "mail"}-${random}`;
}
