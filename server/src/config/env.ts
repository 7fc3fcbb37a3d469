/** Every setting the server reads, validated once at start-up; nothing else reads process.env. */
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  CLIENT_DIST: z.string().optional(),
  /** LibreOffice's command line, for PDF export: a name on PATH or an absolute path. */
  SOFFICE_PATH: z.string().min(1, "must name the LibreOffice binary (soffice)").default("soffice"),
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
  redisUrl?: string;
  /** Built client served on the same port as /graphql. */
  clientDist: string;
  /** LibreOffice (`soffice`) that converts exported decks to PDF; PDF export says so when it is missing. */
  sofficePath: string;
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
  };
}
