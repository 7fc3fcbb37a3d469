/**
 * The process's one logger (pino): JSON lines on stdout in production, pino-pretty in development,
 * level from LOG_LEVEL. Redaction is the second line of defence: call sites never pass passwords,
 * cookies or document content, and these paths are censored if one ever does.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import type { LogLevel } from "../config/env";

export type { Logger } from "pino";


export interface LoggerSettings {
  level: LogLevel;
  /** Human-readable lines (development); JSON otherwise. */
  isPretty: boolean;
  /** Where lines go (tests capture them); stdout by default. */
  destination?: DestinationStream;
}

/** Field names that must never reach a log line, at the top level and one or two levels down. */
const SECRET_FIELDS = ["password", "newPassword", "currentPassword", "cookie", "authorization", "token", "update", "content", "text"];
export const REDACTED_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

export function createLogger(settings: LoggerSettings): Logger {
  const options = {
    level: settings.level,
    base: undefined,
    // `msg` and a string `level` are the contract of a production line (see README, "Operating planbridge").
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: describeError },
  };
  if (settings.destination) return pino(options, settings.destination);
  if (settings.isPretty) return pino(options, pretty({ colorize: process.stdout.isTTY, sync: true }));
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/**
 * Only the kind, message and code of an error: a TypeORM QueryFailedError carries the statement's
 * parameters, which for a commit are document content.
 */
export function describeError(error: unknown): { type: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(typeof code === "string" ? { code } : {}) };
}

/** A logger that writes nothing (library code and tests that do not look at logs). */
export const silentLogger: Logger = pino({ level: "silent" });
