/** Every setting the server reads, validated once at start-up; nothing else reads process.env. */
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

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
  // Validated so a wrong value fails at start-up, but nothing reads it yet: several processes sharing
  // documents over Redis pub/sub (DESIGN.md, "Scale-out") is its own issue. One process serves all until then.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  CLIENT_DIST: z.string().optional(),
  /** LibreOffice's command line, for PDF export: a name on PATH or an absolute path. */
  SOFFICE_PATH: z.string().min(1, "must name the LibreOffice binary (soffice)").default("soffice"),
  TRUST_PROXY: trustProxy,
});

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
  /** Not used yet (see the schema above): reserved for the scale-out issue. */
  redisUrl?: string;
  /** Built client served on the same port as /graphql. */
  clientDist: string;
  /** LibreOffice (`soffice`) that converts exported decks to PDF; PDF export says so when it is missing. */
  sofficePath: string;
  /** Express `trust proxy`: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string[];
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
    clientDist: env.CLIENT_DIST ?? path.resolve(__dirname, "../../../client/dist"),
    sofficePath: env.SOFFICE_PATH,
    trustProxy: env.TRUST_PROXY,
  };
}
