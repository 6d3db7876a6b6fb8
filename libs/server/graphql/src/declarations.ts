import { Action } from '@mkib/server-auth';

/** Nest GraphQL's metadata keys (from @nestjs/graphql's constants). */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVE_REFERENCE = 'graphql:resolve_reference';
const ACTION = 'mkib:action';

export interface DeclaredOperation {
  /** `Query.facilities`, `Mutation.classifyFacility`, or `Facility.__resolveReference`. */
  operation: string;
  action: Action | undefined;
}

/** Reads which operations a set of resolver classes implements and the action each declares. */
export function declaredOperations(resolvers: Function[]): DeclaredOperation[] {
  const found: DeclaredOperation[] = [];
  for (const resolver of resolvers) {
    const typeName: string | undefined = Reflect.getMetadata(RESOLVER_NAME, resolver);
    const classAction = Reflect.getMetadata(ACTION, resolver);
    const proto = resolver.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const method = Object.getOwnPropertyDescriptor(proto, key)?.value; // not getters
      if (typeof method !== 'function') continue;
      const action = Reflect.getMetadata(ACTION, method) ?? classAction;
      const rootType: string | undefined = Reflect.getMetadata(RESOLVER_TYPE, method);
      if (rootType === 'Query' || rootType === 'Mutation') {
        found.push({ operation: `${rootType}.${Reflect.getMetadata(RESOLVER_NAME, method) ?? key}`, action });
      } else if (Reflect.getMetadata(RESOLVE_REFERENCE, method)) {
        found.push({ operation: `${typeName}.__resolveReference`, action });
      }
    }
  }
  return found;
}
