import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/**
 * One way to batch per request (no N+1): a DataLoader per GraphQL request and name, kept on the
 * request's context object, so every `@ResolveReference` or per-parent field in one request shares
 * one `IN (…)` query per kind. The batch function answers in the order of the keys (null where none).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<(V | null)[]>,
    options: { cacheKey?: (key: K) => string } = {},
  ): DataLoader<K, V | null> {
    let loader = this.loaders.get(name) as DataLoader<K, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V | null, string | K>(batch, { cacheKeyFn: options.cacheKey });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

const LOADERS = Symbol('mkib.requestLoaders');

export function loadersOf(context: object): RequestLoaders {
  const holder = context as { [LOADERS]?: RequestLoaders };
  return (holder[LOADERS] ??= new RequestLoaders());
}

/** Resolver parameter: this request's loaders. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestLoaders =>
    loadersOf(GqlExecutionContext.create(context).getContext<object>()),
);

/** Orders batch results by the keys (the batch function of a loader usually needs this). */
export function byKeys<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => string,
  keyString: (k: K) => string = String,
): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(keyString(k)) ?? null);
}
