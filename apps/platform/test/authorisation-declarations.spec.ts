import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, ObjectTypeDefinitionNode, parse } from 'graphql';
import { governanceService } from '@mkib/governance-service';
import { policyService } from '@mkib/policy-service';
import { icvService } from '@mkib/icv-service';
import { riskService } from '@mkib/risk-service';
import { isAction } from '@mkib/server-auth';
import { declaredOperations } from '@mkib/server-graphql';
import { auditLogResolver, ServiceDefinition } from '@mkib/server-runtime';

/**
 * Walks the composed supergraph: every root operation, and every entity a subgraph resolves by key, must
 * have a resolver that declares an action of the authorisation table. Remove one `@Authorise` and this fails.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SERVICES: ServiceDefinition[] = [riskService, governanceService, policyService, icvService];
const supergraph = parse(readFileSync(join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8'));
const graphEnum = (name: string) => name.toUpperCase();

/** `Query.x` / `Mutation.x` / `Type.__resolveReference` that the supergraph routes to each subgraph. */
function operationsBySubgraph(): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>(SERVICES.map((s) => [graphEnum(s.name), new Set<string>()]));
  for (const def of supergraph.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = def as ObjectTypeDefinitionNode;
    const joinTypes = (type.directives ?? []).filter((d) => d.name.value === 'join__type');
    const graphsOf = (
      directives: readonly { name: { value: string }; arguments?: readonly any[] }[] | undefined,
    ) =>
      (directives ?? [])
        .filter((d) => d.name.value === 'join__field' || d.name.value === 'join__type')
        .map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value.value as string)
        .filter(Boolean);
    if (type.name.value === 'Query' || type.name.value === 'Mutation') {
      for (const field of type.fields ?? []) {
        const owners = graphsOf(field.directives);
        for (const g of owners.length ? owners : graphsOf(joinTypes))
          result.get(g)?.add(`${type.name.value}.${field.name.value}`);
      }
    } else {
      for (const jt of joinTypes) {
        const arg = (n: string) => jt.arguments?.find((a) => a.name.value === n)?.value as any;
        if (arg('key') && arg('resolvable')?.value !== false)
          result.get(arg('graph').value)?.add(`${type.name.value}.__resolveReference`);
      }
    }
  }
  return result;
}

describe('[SK-T3] every operation declares its authorisation', () => {
  const routed = operationsBySubgraph();

  it.each(SERVICES.map((s) => [s.name, s] as const))(
    'the %s subgraph declares an action for each routed operation',
    (_name, service) => {
      const resolvers = [...service.providers, auditLogResolver(service.name)].filter(
        (p: unknown) => typeof p === 'function',
      ) as Function[];
      const declared = new Map(declaredOperations(resolvers).map((d) => [d.operation, d.action]));
      const operations = [...routed.get(graphEnum(service.name))!].sort();
      expect(operations.length).toBeGreaterThan(0);
      const undeclared = operations.filter((op) => !declared.get(op) || !isAction(declared.get(op)!));
      expect(undeclared).toEqual([]);
    },
  );

  it('finds an operation without a declaration', () => {
    class Undeclared {
      list() {
        return [];
      }
    }
    Reflect.defineMetadata('graphql:resolver_type', 'Query', Undeclared.prototype.list);
    Reflect.defineMetadata('graphql:resolver_name', 'facilities', Undeclared.prototype.list);
    expect(declaredOperations([Undeclared])).toEqual([{ operation: 'Query.facilities', action: undefined }]);
  });
});
