import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditAnchorTableUp } from '@mkib/server-persistence';

/**
 * The heads of other services' audit chains this service keeps (issue 12, §5): governance keeps those of
 * policy, risk and icv; policy keeps governance's. One row per `<context>.audit.anchored` received.
 */
export class GovernanceAuditAnchors1765065600000 implements MigrationInterface {
  name = 'GovernanceAuditAnchors1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(auditAnchorTableUp('governance'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance.audit_anchor`);
  }
}
