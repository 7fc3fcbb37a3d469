/** Builds the TypeORM data source: PostgreSQL when a URL is given, embedded PGlite otherwise. */
import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { DataSource, type DataSourceOptions } from "typeorm";
import { PGliteDriver } from "typeorm-pglite";
import { entities } from "./entities";
import { migrations } from "./migrations";

export interface DataSourceSettings {
  databaseUrl?: string;
  /** PGlite directory; "memory://" keeps the database in memory (tests). */
  dataDir?: string;
  /** Log every SQL statement through this function (benchmarks count statements per request). */
  onQuery?: (sql: string) => void;
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  const common = {
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: settings.onQuery ? (["query"] as const) : false,
    logger: settings.onQuery ? queryCounter(settings.onQuery) : undefined,
  } satisfies Partial<DataSourceOptions>;
  if (settings.databaseUrl) {
    return new DataSource({ ...common, type: "postgres", url: settings.databaseUrl, extra: { max: 10 } });
  }
  const dataDir = settings.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  return new DataSource({
    ...common,
    type: "postgres",
    driver: new PGliteDriver({ dataDir }).driver,
    uuidExtension: "pgcrypto",
    installExtensions: false,
  });
}

function queryCounter(onQuery: (sql: string) => void) {
  return {
    logQuery: (query: string) => onQuery(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}
