import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env";

describe("TRUST_PROXY", () => {
  it("is off unless set", () => {
    expect(loadEnv({}).trustProxy).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "" }).trustProxy).toBe(false);
    expect(loadEnv({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
  });

  it("takes a hop count or a list of addresses, CIDR ranges and Express's named ranges", () => {
    expect(loadEnv({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8, fd00::/8, 192.0.2.7" }).trustProxy).toEqual([
      "loopback",
      "10.0.0.0/8",
      "fd00::/8",
      "192.0.2.7",
    ]);
  });

  it("refuses `true` (every client could spoof its address) and malformed entries, naming the variable", () => {
    for (const value of ["true", "10.0.0.0/33", "proxy.internal", "10.0.0.1/8/2"]) {
      expect(() => loadEnv({ TRUST_PROXY: value })).toThrow(EnvError);
      expect(() => loadEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("SOFFICE_PATH", () => {
  it("finds LibreOffice on PATH by default and takes SOFFICE_PATH when given", () => {
    expect(loadEnv({}).sofficePath).toBe("soffice");
    expect(loadEnv({ SOFFICE_PATH: "/opt/libreoffice/program/soffice" }).sofficePath).toBe("/opt/libreoffice/program/soffice");
  });

  it("refuses an empty SOFFICE_PATH with a message naming the variable", () => {
    expect(() => loadEnv({ SOFFICE_PATH: "" })).toThrow(EnvError);
    expect(() => loadEnv({ SOFFICE_PATH: "" })).toThrow(/SOFFICE_PATH: must name the LibreOffice binary/);
  });
});

describe("mail and public URL settings", () => {
  it("writes mails to <DATA_DIR>/outbox without SMTP_URL, and nowhere under NODE_ENV=test", () => {
    expect(loadEnv({ DATA_DIR: "/srv/planbridge" }).mail).toEqual({
      smtpUrl: undefined,
      from: "planbridge <no-reply@localhost>",
      outboxDir: "/srv/planbridge/outbox",
    });
    expect(loadEnv({ NODE_ENV: "test" }).mail.outboxDir).toBeUndefined();
    expect(loadEnv({ NODE_ENV: "test", MAIL_OUTBOX_DIR: "/tmp/mails" }).mail.outboxDir).toBe("/tmp/mails");
  });

  it("takes an smtp:// or smtps:// SMTP_URL and refuses anything else, naming the variable", () => {
    expect(loadEnv({ SMTP_URL: "smtps://user:secret@mail.example.com:465" }).mail.smtpUrl).toBe(
      "smtps://user:secret@mail.example.com:465",
    );
    expect(() => loadEnv({ SMTP_URL: "mail.example.com" })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
  });

  it("takes PUBLIC_URL without its trailing slash and refuses a non-http URL", () => {
    expect(loadEnv({ PUBLIC_URL: "https://plans.example.com/" }).publicUrl).toBe("https://plans.example.com");
    expect(loadEnv({}).publicUrl).toBeUndefined();
    expect(() => loadEnv({ PUBLIC_URL: "ftp://plans.example.com" })).toThrow(/PUBLIC_URL/);
  });
});

describe("NODE_ENV", () => {
  it("defaults to production, so `pnpm start` masks errors and turns introspection off", () => {
    expect(loadEnv({}).isProduction).toBe(true);
    expect(loadEnv({ NODE_ENV: "development" }).isProduction).toBe(false);
  });
});
