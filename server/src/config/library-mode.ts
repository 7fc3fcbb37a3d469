/**
 * Libraries read NODE_ENV themselves, once, when they are first loaded: graphql-js, unless it sees
 * "production", checks every `instanceof` of every field of every request for a second copy of itself
 * (several per cent of a plan page). planbridge is in production mode when NODE_ENV is unset (env.ts),
 * so they must see that too. Imported first by the process entry, before anything loads graphql.
 */
process.env.NODE_ENV ??= "production";

export {};
