import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env";

describe("settings", () => {
  it("finds LibreOffice on PATH by default and takes SOFFICE_PATH when given", () => {
    expect(loadEnv({}).sofficePath).toBe("soffice");
    expect(loadEnv({ SOFFICE_PATH: "/opt/libreoffice/program/soffice" }).sofficePath).toBe("/opt/libreoffice/program/soffice");
  });

  it("refuses an empty SOFFICE_PATH with a message naming the variable", () => {
    expect(() => loadEnv({ SOFFICE_PATH: "" })).toThrow(EnvError);
    expect(() => loadEnv({ SOFFICE_PATH: "" })).toThrow(/SOFFICE_PATH: must name the LibreOffice binary/);
  });
});
