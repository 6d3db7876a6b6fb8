import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { RiskAnalysisFinalised, RiskConsultationRequested, RiskConsultationResponded } from '@mkib/contracts';
import { riskAnalysisSignals } from '@mkib/domain-governance';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { SmbSignalEntity } from '../smb-signal/smb-signal.entity';
import { RiskConsultationTaskEntity } from './risk-consultation-task.entity';

const common = (context: ServiceContext) => ({
  transport: context.transport,
  unitOfWork: context.unitOfWork,
  schema: 'governance',
  consumer: 'governance',
  logger: context.logger,
});

/**
 * The risk context's events governance follows (SK-4.2, SK-4.3): a final analysis is a signal for the
 * SMB and closes its consultation; the consultation's tasks feed the hoofdgebruikers' reminders.
 */
export async function consumeRiskEvents(context: ServiceContext): Promise<void> {
  await consumeEvent({
    ...common(context),
    contract: RiskAnalysisFinalised,
    async handle(tx, event) {
      const d = event.data;
      const signals = riskAnalysisSignals(d);
      const ids: string[] = [];
      for (const signal of signals) {
        const id = randomUUID();
        ids.push(id);
        await tx.manager.getRepository(SmbSignalEntity).insert({
          id,
          kind: signal.kind,
          subject: d.number,
          summary: signal.summary,
          occurredAt: new Date(d.finalisedAt),
          receivedAt: tx.clock.now(),
          actor: event.actor,
          sourceEventId: event.id,
        });
      }
      const closed = await tx.manager
        .getRepository(RiskConsultationTaskEntity)
        .update({ analysisId: d.analysisId, closedAt: IsNull() }, { closedAt: tx.clock.now() });
      await tx.audit('risk-analysis.received', `risk-analysis/${d.analysisId}`, {
        sourceEventId: event.id,
        number: d.number,
        signals: signals.map((s, i) => ({ id: ids[i], kind: s.kind })),
        tasksClosed: closed.affected ?? 0,
      });
    },
  });

  await consumeEvent({
    ...common(context),
    contract: RiskConsultationRequested,
    async handle(tx, event) {
      const d = event.data;
      const parties = [...new Set(d.parties)].sort();
      // A response that arrived first keeps its mark; the request fills in what is owed.
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(RiskConsultationTaskEntity)
        .values(
          parties.map((party) => ({
            analysisId: d.analysisId,
            party,
            number: d.number,
            title: d.title,
            facilityCode: d.facilityCode,
            respondBy: d.respondBy,
            openedAt: new Date(d.openedAt),
          })),
        )
        .orUpdate(['number', 'title', 'facility_code', 'respond_by', 'opened_at'], ['analysis_id', 'party'])
        .execute();
      await tx.audit('risk-consultation.received', `risk-analysis/${d.analysisId}`, {
        sourceEventId: event.id,
        number: d.number,
        parties: d.parties,
        respondBy: d.respondBy,
      });
    },
  });

  await consumeEvent({
    ...common(context),
    contract: RiskConsultationResponded,
    async handle(tx, event) {
      const d = event.data;
      // The task is done, whether or not its request arrived already.
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(RiskConsultationTaskEntity)
        .values({ analysisId: d.analysisId, party: d.party, respondedAt: new Date(d.respondedAt) })
        .orUpdate(['responded_at'], ['analysis_id', 'party'])
        .execute();
      await tx.audit('risk-consultation-response.received', `risk-analysis/${d.analysisId}`, {
        sourceEventId: event.id,
        party: d.party,
        position: d.position,
      });
    },
  });
}
