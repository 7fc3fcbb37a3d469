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

describe("NODE_ENV", () => {
  it("defaults to production, so `pnpm start` masks errors and turns introspection off", () => {
    expect(loadEnv({}).isProduction).toBe(true);
    expect(loadEnv({ NODE_ENV: "development" }).isProduction).toBe(false);
  });
});
