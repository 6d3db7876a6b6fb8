import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Principal } from '@mkib/server-auth';
import { Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { readAuditTrail, verifyAuditLog } from '@mkib/server-persistence';
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
  @Resolver()
  class AuditLogResolver {
    constructor(readonly dataSource: DataSource) {}

    @Query(`${service}AuditLog`)
    @Authorise('audit-log.verify')
    async status() {
      const result = await verifyAuditLog(this.dataSource, service);
      return { service, entries: result.checked, intact: result.intact, problems: result.problems };
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
