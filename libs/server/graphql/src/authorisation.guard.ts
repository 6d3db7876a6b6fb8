import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput, Clock } from '@mkib/domain-shared';
import { Action, authorise, Principal, TokenVerifier } from '@mkib/server-auth';
import type { ActingContext } from '@mkib/server-messaging';
import { inputBoundaryProblems, referenceProblems } from './input-boundary';
import { idempotencyKeyOf, idempotentRequestOf } from './idempotency-key';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
const ACTION_KEY = 'mkib:action';

/** Declares the action of the authorisation table that an operation needs. Required on every resolver. */
export const Authorise = (action: Action) => SetMetadata(ACTION_KEY, action);

export const declaredAction = (
  reflector: Reflector,
  target: Function,
  handler: Function,
): Action | undefined => reflector.getAllAndOverride<Action>(ACTION_KEY, [handler, target]);

interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
  verifying?: Promise<Principal>;
  actingContext?: ActingContext;
}

function requestOf(context: ExecutionContext): RequestWithPrincipal {
  return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
}

/**
 * Runs before every resolver: verifies the token (this service's own check), then the declared action
 * against the authorisation table, then the arguments at the input boundary (input-boundary.ts), so a
 * caller without the right learns nothing about the input. Fails closed: a resolver without a
 * declaration is refused.
 */
@Injectable()
export class AuthorisationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = declaredAction(this.reflector, context.getClass(), context.getHandler());
    // A field of an object (not a root operation, not `_entities`) is reached through an operation that
    // was authorised already; it needs a verified caller, and its own action only where it declares one.
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo | undefined>();
    const parentType = info?.parentType?.name;
    const isRootField =
      parentType === undefined || ['Query', 'Mutation', 'Subscription'].includes(parentType);
    if (!action && isRootField) {
      throw new Error(
        `${context.getClass().name}.${context.getHandler().name} declares no authorisation action`,
      );
    }
    const req = requestOf(context);
    if (!req.principal) {
      const header = req.headers['authorization'];
      // One verification per request: the fields and references resolved concurrently share it, so they
      // go on in the same tick and the request loaders batch them (no batch split per verification).
      req.verifying ??= this.verify(Array.isArray(header) ? header[0] : header);
      req.principal = await req.verifying;
      const correlation = req.headers['x-correlation-id'];
      req.actingContext = {
        actor: req.principal.username,
        party: req.principal.party,
        correlationId: (Array.isArray(correlation) ? correlation[0] : correlation) || randomUUID(),
      };
    }
    if (action) authorise(req.principal, action);
    // A mutation's idempotency key is checked once the caller may act (a query ignores it).
    if (parentType === 'Mutation') idempotencyKeyOf(req.headers);
    // The arguments at the input boundary; for `_entities`, each reference resolver gets its
    // representation (as its root), not the operation's arguments.
    const problems =
      info?.fieldName === '_entities'
        ? referenceProblems(gql.getRoot())
        : this.argumentProblems(info, gql.getArgs<Record<string, unknown> | undefined>());
    if (problems.length) throw badUserInput(problems);
    return true;
  }

  private argumentProblems(
    info: GraphQLResolveInfo | undefined,
    values: Record<string, unknown> | undefined,
  ) {
    const args = info?.parentType?.getFields()[info.fieldName]?.args;
    if (!info || !args?.length || !values) return [];
    return inputBoundaryProblems(`${info.parentType.name}.${info.fieldName}`, args, values, this.clock.now());
  }
}

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const principal = requestOf(context).principal;
  if (!principal) throw new Error('no principal: is the AuthorisationGuard installed?');
  return principal;
});

/**
 * Who acts, for the unit of work: the verified user and the request's correlation id; for a mutation
 * sent with an idempotency key, also the key and this field's request (idempotency-key.ts).
 */
export const Acting = createParamDecorator((_: unknown, context: ExecutionContext): ActingContext => {
  const req = requestOf(context);
  const acting = req.actingContext;
  if (!acting) throw new Error('no acting context: is the AuthorisationGuard installed?');
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<GraphQLResolveInfo | undefined>();
  const idempotency = idempotentRequestOf({
    headers: req.headers,
    parentType: info?.parentType?.name,
    fieldName: info?.fieldName,
    args: gql.getArgs(),
    actor: acting.actor,
    party: acting.party,
  });
  // Each mutation field gets its own context: the key's claim is settled per field.
  return idempotency ? { ...acting, idempotency } : acting;
});
