import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { analysisNumber, LMS_PARTY, supplementaryAnalysisDraft } from '@mkib/domain-risk';
import { RiskAnalysisEntity } from './risk.entities';

/** The next number of the calendar year `RA-<year>-<nnn>`; the counter row is locked until commit. */
export async function nextAnalysisNumber(manager: EntityManager, year: number): Promise<string> {
  // raw SQL: an atomic upsert-and-increment (the row lock orders concurrent drafts); TypeORM has no call for it.
  const [{ last }] = await manager.query(
    `INSERT INTO risk.analysis_number (year, last) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last = risk.analysis_number.last + 1 RETURNING last`,
    [year],
  );
  return analysisNumber(year, Number(last));
}

/**
 * The supplementary analysis (SK-4.3) for a facility raised above BBN2, in the caller's unit of work: an
 * AANVULLEND analysis of the LMS in CONCEPT with a deadline; an earlier one still open is reused.
 */
export async function ensureSupplementaryAnalysis(
  manager: EntityManager,
  facility: { code: string; name: string; bbn: number },
  previousAnalysisId: string | null | undefined,
  actor: string,
  now: Date,
): Promise<{ analysis: RiskAnalysisEntity; created: boolean }> {
  const analyses = manager.getRepository(RiskAnalysisEntity);
  const draft = supplementaryAnalysisDraft(facility, now.toISOString().slice(0, 10));
  if (previousAnalysisId) {
    const open = await analyses.findOne({
      where: { id: previousAnalysisId },
      lock: { mode: 'pessimistic_write' },
    });
    if (open && (open.state === 'CONCEPT' || open.state === 'CONSULTATIE')) {
      open.dueDate = draft.dueDate;
      open.method = draft.method;
      open.rowVersion += 1;
      return { analysis: await analyses.save(open), created: false };
    }
  }
  const analysis = analyses.create({
    id: randomUUID(),
    number: await nextAnalysisNumber(manager, now.getUTCFullYear()),
    version: 1,
    title: draft.title,
    description: draft.description,
    kind: 'AANVULLEND',
    scope: 'GEDEELDE_VOORZIENING',
    ownerParty: LMS_PARTY,
    facilityCodes: [facility.code],
    method: draft.method,
    state: 'CONCEPT',
    dueDate: draft.dueDate,
    createdBy: actor,
    createdAt: now,
    finalisedBy: null,
    finalisedAt: null,
    finalisedLate: false,
    finalisedPastDeadlineNote: null,
    missingResponses: [],
    previousVersionId: null,
    supersededById: null,
    rowVersion: 1,
  });
  await analyses.insert(analysis);
  return { analysis, created: true };
}
