/** Every setting the server reads, validated once at start-up; nothing else reads process.env. */
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

// Express's named ranges; anything else in TRUST_PROXY must be an IP address or CIDR range.
const PROXY_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);
const isProxyAddress = (entry: string) => {
  const [address, bits, ...rest] = entry.split("/");
  if (PROXY_RANGES.has(entry)) return true;
  if (rest.length > 0 || isIP(address) === 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
};

/**
 * Which proxies may tell us the client's address and protocol (X-Forwarded-For/-Proto). Off by default;
 * a hop count (`1` behind one load balancer) or a list of addresses/ranges. `true` (trust every hop) is
 * refused: then any client could spoof its address past the sign-in throttle.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((value, context): false | number | string[] => {
    const text = (value ?? "").trim();
    if (text === "" || text === "false" || text === "0") return false;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(",").map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyAddress(entry));
    if (bad.length === 0) return entries;
    context.addIssue({
      code: "custom",
      message: `must be a hop count, or IP addresses/CIDR ranges or loopback|linklocal|uniquelocal (not: ${bad.join(", ")})`,
    });
    return z.NEVER;
  });

const schema = z.object({
  // Production unless told otherwise: `pnpm start` is what people run, so masked errors, no stack traces
  // and no introspection are the default; `pnpm dev` and the tests ask for development/test.
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(".data"),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 365).default(24 * 14),
  SEED_DEMO: flag,
  // Set: several processes share live plans over Redis pub/sub (DESIGN.md, "Scale-out"). Unset: one process serves all.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  REDIS_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, "must be 1-64 letters, digits or _ : . -").default("planbridge:"),
  CLIENT_DIST: z.string().optional(),
  /** LibreOffice's command line, for PDF export: a name on PATH or an absolute path. */
  SOFFICE_PATH: z.string().min(1, "must name the LibreOffice binary (soffice)").default("soffice"),
  TRUST_PROXY: trustProxy,
  /** Where links in mails and feeds point (https://plans.example.com); unset: the request's own origin. */
  PUBLIC_URL: z
    .string()
    .url("must be an absolute http(s) URL")
    .regex(/^https?:\/\//, "must be an http:// or https:// URL")
    .transform((value) => value.replace(/\/+$/, ""))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Outgoing mail server (smtp://user:pass@host:587 or smtps://...); unset: mails go to the outbox folder. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3, "must be a sender such as planbridge <no-reply@example.com>").default("planbridge <no-reply@localhost>"),
  /** Folder for mails when SMTP_URL is unset; default `<DATA_DIR>/outbox`, off under NODE_ENV=test. */
  MAIL_OUTBOX_DIR: z.string().optional(),
  /** pino level; default info in production, debug in development, silent in tests. */
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional().or(z.literal("").transform(() => undefined)),
  /** How long SIGTERM/SIGINT may take to save, acknowledge and close before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Unsaved edit bytes held in memory while the database is unreachable; past this, writes are refused. */
  MAX_UNSAVED_BYTES: z.coerce.number().int().min(1024).default(64 * 1024 * 1024),
  /** How often each process checks for council digests due (minutes); 0 turns the check off. Default 15, off under NODE_ENV=test. */
  DIGEST_CHECK_MINUTES: z.coerce.number().min(0, "must be 0 (off) or more minutes").max(24 * 60).optional(),
});

/** Tests are quiet unless LOG_LEVEL asks; a developer sees debug lines. */
const DEFAULT_LOG_LEVEL: Record<z.infer<typeof schema>["NODE_ENV"], LogLevel> = { development: "debug", production: "info", test: "silent" };

export interface Env {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  /** Where the embedded PGlite database lives when no DATABASE_URL is given. */
  dataDir: string;
  sessionTtlHours: number;
  /** Seed the demo organisation even on a non-empty or external database. */
  seedDemo: boolean;
  /** Redis shared by the processes of one deployment (scale-out); unset when one process serves alone. */
  redisUrl?: string;
  /** Prefix of the deployment's Redis channels, so several deployments can share one Redis. */
  redisPrefix: string;
  /** Built client served on the same port as /graphql. */
  clientDist: string;
  /** LibreOffice (`soffice`) that converts exported decks to PDF; PDF export says so when it is missing. */
  sofficePath: string;
  /** Express `trust proxy`: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string[];
  logLevel: LogLevel;
  /** Bearer token /metrics requires (unset: open, bind the port privately). */
  metricsToken?: string;
  shutdownTimeoutMs: number;
  /** Bound of the edits held while the database is away (see group-commit.ts). */
  maxUnsavedBytes: number;
  /** Origin for absolute links (invites, calendar feeds); undefined: taken from the request. */
  publicUrl?: string;
  mail: MailSettings;
  /** Milliseconds between council digest checks; 0: no timer (tests call the scheduler's tick). */
  digestCheckMs: number;
}

export interface MailSettings {
  smtpUrl?: string;
  from: string;
  /** Where mails are written as .eml files when no SMTP server is set; undefined: not written. */
  outboxDir?: string;
}

export class EnvError extends Error {
  readonly code = "INVALID_ENV";
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  return {
    nodeEnv: env.NODE_ENV,
    isProduction: env.NODE_ENV === "production",
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    seedDemo: env.SEED_DEMO,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    clientDist: env.CLIENT_DIST ?? path.resolve(__dirname, "../../../client/dist"),
    sofficePath: env.SOFFICE_PATH,
    trustProxy: env.TRUST_PROXY,
    publicUrl: env.PUBLIC_URL,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      outboxDir: outboxDir(env.MAIL_OUTBOX_DIR, env.DATA_DIR, env.NODE_ENV),
    },
    logLevel: env.LOG_LEVEL ?? DEFAULT_LOG_LEVEL[env.NODE_ENV],
    metricsToken: env.METRICS_TOKEN || undefined,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    maxUnsavedBytes: env.MAX_UNSAVED_BYTES,
    digestCheckMs: (env.DIGEST_CHECK_MINUTES ?? (env.NODE_ENV === "test" ? 0 : 15)) * 60_000,
  };
}

function outboxDir(configured: string | undefined, dataDir: string, nodeEnv: string): string | undefined {
  if (configured) return path.resolve(configured);
  return nodeEnv === "test" ? undefined : path.resolve(dataDir, "outbox");
}
