import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authorise } from '@mkib/server-graphql';
import { verifyAuditLog } from '@mkib/server-persistence';

/**
 * `<service>AuditLog`: the state of a service's hash-chained audit log, verified on request. Every
 * service gets one; its SDL declares `<service>AuditLog: AuditLogStatus!`.
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
  }
  return AuditLogResolver;
}
