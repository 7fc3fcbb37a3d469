/**
 * `DateTime`: an instant as an ISO 8601 string with a time zone (2026-12-01T15:00:00Z, or +01:00). The
 * contract of feedback sessions names it; type-graphql's own `DateTimeISO` stays for output fields.
 */
import { GraphQLScalarType, Kind } from "graphql";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== "string" || !ISO_INSTANT.test(value)) {
    throw new TypeError("A DateTime is an ISO 8601 instant with a time zone, such as 2026-12-01T15:00:00Z.");
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError("That DateTime is not a real date.");
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant: ISO 8601 with a time zone, such as 2026-12-01T15:00:00Z",
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseInstant(value).toISOString()),
  parseValue: parseInstant,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError("A DateTime is written as a string.");
    return parseInstant(ast.value);
  },
});
