import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { RiskAnalysisFinalised } from '@mkib/contracts';
import { findingsFromRiskTreatments } from '@mkib/domain-icv';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { emitFindingChanged } from './assessment.service';
import { FindingEntity } from './finding.entity';

/**
 * A risk analysis became final (SK-4.2, SK-4.3): each mitigating treatment becomes an open finding of the
 * owner party, in the clock's year, announced as `icv.finding.changed`. One finding per treatment: a
 * redelivery or a later version keeping the treatment adds nothing; findings of dropped treatments stay.
 * The treatments plan lines link to (risk_treatment_view) follow `risk.treatment.changed` instead.
 */
export function consumeRiskAnalysisFinalised(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: RiskAnalysisFinalised,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const findings = tx.manager.getRepository(FindingEntity);
      const ids = d.treatments.map((t) => t.treatmentId);
      // Locks nothing new: the unique treatment id makes a concurrent delivery fail and retry.
      const known = ids.length
        ? await findings.find({ select: { riskTreatmentId: true }, where: { riskTreatmentId: In(ids) } })
        : [];
      const now = tx.clock.now();
      const drafts = findingsFromRiskTreatments(
        d,
        now.getUTCFullYear(),
        new Set(known.map((f) => f.riskTreatmentId!)),
      );
      for (const draft of drafts) {
        const finding: FindingEntity = {
          id: randomUUID(),
          ...draft,
          status: 'OPEN',
          createdBy: event.actor,
          createdAt: now,
          closedBy: null,
          closedAt: null,
        };
        await findings.insert(finding);
        await emitFindingChanged(tx, finding);
      }
      await tx.audit('risk-analysis.received', `risk-analysis/${d.analysisId}`, {
        sourceEventId: event.id,
        number: d.number,
        version: d.version,
        ownerParty: d.ownerParty,
        findings: drafts.map((f) => ({
          treatmentId: f.riskTreatmentId,
          ref: `${f.frameworkCode}:${f.identifier}`,
        })),
      });
    },
  });
}
