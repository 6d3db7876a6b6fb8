/**
 * Resolvers and services share one hand-written type per GraphQL input (in `*.input.ts`, close to the
 * domain's own types). `MatchesSchema<Code, Generated>` ties it to the type generated from the service's
 * SDL (`apps/<service>/src/generated/schema-types.ts`, `npm run codegen`): it is `true` only when both
 * name the same fields and every value the SDL lets through fits the code's field. Declared as
 *   export const decisionInputMatchesSchema: MatchesSchema<DecisionInput, schema.DecisionInput> = true;
 * a drift between schema and code fails the type check.
 */
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
type Present<T> = { [K in keyof T]-?: NonNullable<T[K]> };

export type MatchesSchema<Code, Generated> =
  SameKeys<Code, Generated> extends true ? (Present<Generated> extends Present<Code> ? true : false) : false;
