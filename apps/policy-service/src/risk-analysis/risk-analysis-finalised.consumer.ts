import { RiskAnalysisFinalised } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import type { ChangeProposalService } from '../change-proposal/change-proposal.service';
import { RiskAnalysisEntity } from './risk-analysis.entity';

/**
 * A risk analysis became final (SK-4.2, SK-4.3). Policy keeps it (a final analysis of the beheerder is a
 * change proposal's trigger); a supplementary analysis drafts, once, the change proposal of its measures
 * as the facility's supplementary measures, on behalf of whoever finalised it (the LMS), which then
 * consults and submits it as any proposal.
 */
export function consumeRiskAnalysisFinalised(
  context: ServiceContext,
  proposals: () => ChangeProposalService,
): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'policy',
    consumer: 'policy',
    contract: RiskAnalysisFinalised,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const analyses = tx.manager.getRepository(RiskAnalysisEntity);
      await analyses.upsert(
        {
          id: d.analysisId,
          number: d.number,
          version: d.version,
          title: d.title,
          kind: d.kind,
          scope: d.scope,
          ownerParty: d.ownerParty,
          facilityCodes: d.facilityCodes,
          finalisedAt: new Date(d.finalisedAt),
          receivedAt: tx.clock.now(),
        },
        ['id'],
      );
      // One proposal per analysis, however often (or by however many consumers at once) it arrives.
      const row = (await analyses.findOne({
        where: { id: d.analysisId },
        lock: { mode: 'pessimistic_write' },
      }))!;
      let proposal: { id: string; number: number } | null = null;
      let leftOut: string[] = [];
      if (d.kind === 'AANVULLEND' && d.ownerParty === 'lms' && !row.proposalId) {
        const made = await proposals().draftFromSupplementaryAnalysis(
          tx,
          { actor: event.actor, party: event.partyId ?? d.ownerParty, correlationId: event.correlationId },
          { ...d, analysisId: d.analysisId },
          (msg, details) => context.logger.warn({ ...details, eventId: event.id }, msg),
        );
        leftOut = made.leftOut;
        if (made.proposal) {
          proposal = { id: made.proposal.id, number: made.proposal.number };
          await analyses.update({ id: d.analysisId }, { proposalId: made.proposal.id });
        }
      }
      await tx.audit('risk-analysis.received', d.analysisId, {
        sourceEventId: event.id,
        number: d.number,
        version: d.version,
        kind: d.kind,
        ownerParty: d.ownerParty,
        proposal,
        leftOut,
      });
    },
  });
}
