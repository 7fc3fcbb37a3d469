import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "../test-support/smtp-sink";
import { createMailer } from "./mailer";

const message = {
  to: ["rita@acme.test", "omar@acme.test"],
  subject: "You're invited to planbridge",
  text: "Open http://localhost/invite/abc to join.",
  html: "<p>Open <a href=\"http://localhost/invite/abc\">the invitation</a> to join.</p>",
};

describe("mailer", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  it("delivers through a real SMTP server when SMTP_URL is set", async () => {
    const mailer = createMailer({ smtpUrl: sink.url, from: "planbridge <no-reply@acme.test>" });
    const receipt = await mailer.send(message);
    mailer.close();

    expect(receipt.delivery).toBe("smtp");
    expect(sink.mails).toHaveLength(1);
    const [mail] = sink.mails;
    expect(mail.envelopeTo).toEqual(["rita@acme.test", "omar@acme.test"]);
    expect(mail.from).toContain("no-reply@acme.test");
    expect(mail.subject).toBe(message.subject);
    expect(mail.text).toContain("http://localhost/invite/abc");
    expect(mail.html).toContain('href="http://localhost/invite/abc"');
  });

  it("writes an .eml file to the outbox folder without an SMTP server", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "planbridge-outbox-"));
    try {
      const mailer = createMailer({ from: "planbridge <no-reply@acme.test>", outboxDir: path.join(directory, "outbox") });
      const receipt = await mailer.send(message);
      mailer.close();

      expect(receipt.delivery).toBe("outbox");
      const files = await readdir(path.join(directory, "outbox"));
      expect(files).toEqual([path.basename(receipt.file ?? "")]);
      expect(files[0]).toMatch(/you-re-invited-to-planbridge-[a-z0-9]+\.eml$/);
      const eml = await readFile(receipt.file ?? "", "utf8");
      expect(eml).toContain("To: rita@acme.test, omar@acme.test");
      expect(eml).toContain("Subject: You're invited to planbridge");
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("sends nothing and says so when neither is set", async () => {
    const mailer = createMailer({ from: "planbridge <no-reply@acme.test>" });
    expect(mailer.delivery).toBe("none");
    await expect(mailer.send(message)).resolves.toEqual({ delivery: "none" });
  });
});
