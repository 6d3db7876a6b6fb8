import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Context } from '@mkib/contracts';
import { badUserInput, shared } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { readAuditTrail, verifyAuditLog } from '@mkib/server-persistence';
import { anchorAuditLog } from './audit-anchor';
import {
  auditTrailCriteria,
  AuditTrailFilterInput,
  auditTrailVisibility,
  checkTrailParty,
} from './audit-trail';

/**
 * `<service>AuditLog`: the state of a service's hash-chained audit log, verified on request, and
 * `<service>AuditTrail`: the log as people read it, paged and filtered. Every service gets both; its SDL
 * declares `<service>AuditLog: AuditLogStatus!` and `<service>AuditTrail(filter: AuditTrailFilter): AuditTrailPage!`.
 */
export function auditLogResolver(service: string) {
  const capitalised = service.charAt(0).toUpperCase() + service.slice(1);
  @Resolver()
  class AuditLogResolver {
    constructor(
      readonly dataSource: DataSource,
      readonly unitOfWork: UnitOfWork,
    ) {}

    /** With `anchor` (the head another service keeps, see `auditAnchors`): also checks the chain reaches it. */
    @Query(`${service}AuditLog`)
    @Authorise('audit-log.verify')
    async status(@Args('anchor') anchor: { seq: number; hash: string } | null) {
      if (anchor && (!Number.isInteger(anchor.seq) || anchor.seq < 1 || !/^[0-9a-f]{64}$/.test(anchor.hash)))
        throw badUserInput([shared.problem('anchor', 'field.invalid', { message: 'not an anchored head' })]);
      const result = await verifyAuditLog(this.dataSource, service, anchor ?? null);
      return {
        service,
        entries: result.checked,
        intact: result.intact,
        problems: result.problems,
        headSeq: result.headSeq,
        anchoredSeq: anchor?.seq ?? null,
      };
    }

    /** Anchors the chain's head now (besides the interval): announces `<service>.audit.anchored`. */
    @Mutation(`anchor${capitalised}AuditLog`)
    @Authorise('audit-log.anchor')
    async anchor(@Acting() acting: ActingContext) {
      const a = (await anchorAuditLog(this, service as Context, 'REQUEST', acting))!;
      return { service, seq: a.seq, hash: a.hash, anchoredAt: a.anchoredAt, problems: [] };
    }

    @Query(`${service}AuditTrail`)
    @Authorise('audit-trail.read')
    async trail(
      @Args('filter') filter: AuditTrailFilterInput | null,
      @CurrentPrincipal() principal: Principal,
    ) {
      const criteria = auditTrailCriteria(filter);
      const visibility = auditTrailVisibility(principal, service);
      checkTrailParty(principal, visibility, criteria.party);
      return readAuditTrail(this.dataSource, service, criteria, visibility);
    }
  }
  return AuditLogResolver;
}
