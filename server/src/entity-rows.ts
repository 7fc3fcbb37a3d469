/**
 * Entities read with hand-written SQL, for the reads every plan page makes (its DataLoaders, the
 * session, the plan's access row): TypeORM's find and query builder rebuild the statement and run
 * their generic hydration on every call, which cost the plan page more CPU than PostgreSQL spent
 * answering. Only for entities whose columns the driver already returns as the entity holds them
 * (no transformers, embeddeds or relations, checked on first use): each column is copied onto a new
 * instance under its property name, as TypeORM would.
 */
import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";

export interface EntityRows<T> {
  /** The select list of every column of `alias`, each named so that `read` finds it. */
  select(alias: string): string;
  /** The entity from a row selected with `select(alias)`. */
  read(row: Record<string, unknown>, alias: string): T;
}

interface AliasColumns {
  sql: string;
  /** [name in the row, property of the entity] */
  keys: [string, string][];
}

export function entityRows<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T): EntityRows<T> {
  let columns: { column: string; property: string }[] | undefined;
  const aliases = new Map<string, AliasColumns>();
  const columnsOf = (alias: string): AliasColumns => {
    const known = aliases.get(alias);
    if (known) return known;
    columns ??= plainColumns(dataSource, entity);
    const keys = columns.map(({ property }): [string, string] => [`${alias}.${property}`, property]);
    const sql = columns.map(({ column }, index) => `${alias}."${column}" AS "${keys[index][0]}"`).join(", ");
    const made = { sql, keys };
    aliases.set(alias, made);
    return made;
  };
  return {
    select: (alias) => columnsOf(alias).sql,
    read(row, alias) {
      const instance = new entity() as Record<string, unknown>;
      for (const [key, property] of columnsOf(alias).keys) instance[property] = row[key];
      return instance as T;
    },
  };
}

function plainColumns(dataSource: DataSource, entity: new () => unknown): { column: string; property: string }[] {
  return dataSource.getMetadata(entity).columns.map((column) => {
    if (column.transformer || column.embeddedMetadata || column.relationMetadata || column.propertyPath !== column.propertyName) {
      throw new Error(`entityRows: ${entity.name}.${column.propertyPath} needs TypeORM's own hydration`);
    }
    return { column: column.databaseName, property: column.propertyName };
  });
}

/** Rows of a hand-written statement (parameters as $1, $2, ...). */
export function selectRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<Record<string, unknown>[]> {
  return manager.query(sql, parameters);
}
