import { Clock, DomainError, toIsoDate } from '@mkib/domain-shared';
import type { Principal, Role } from '@mkib/server-auth';
import { ActingContext, InProcessTransport } from '@mkib/server-messaging';
import { readAuditLog } from '@mkib/server-persistence';
import { RunningService, startService } from '@mkib/server-runtime';
import { createTestDatabase, TestDatabase } from '@mkib/testing';
import { RiskAnalysisService } from '../src/analysis/risk-analysis.service';
import { FacilityService } from '../src/facility/facility.service';
import { RiskAnalyses1765411200000 } from '../src/migrations/1765411200000-risk-analyses';
import { riskService } from '../src/risk.service-definition';

/** Risk analyses on a real PostgreSQL server: the state machine, consultation, four eyes, one winner. */
const DAY = 86_400_000;

/** The system's time moved by whole days: a test walks past a deadline. */
class WalkingClock extends Clock {
  days = 0;
  now(): Date {
    return new Date(Date.now() + this.days * DAY);
  }
}

let db: TestDatabase;
let service: RunningService;
let analyses: RiskAnalysisService;
let facilities: FacilityService;
const clock = new WalkingClock();
const day = (offset: number) => toIsoDate(new Date(clock.now().getTime() + offset * DAY));

const principal = (username: string, party: string, roles: Role[]): Principal => ({
  subject: username,
  username,
  party,
  roles,
  responsibleParty: null,
});
const acting = (p: Principal): ActingContext => ({
  actor: p.username,
  party: p.party,
  correlationId: `c-${p.username}`,
});
const lms = principal('lms-operator@lms', 'lms', ['lms-operator']);
const lmsOfficial = principal('official@lms', 'lms', ['accountable-official']);
const officer = (party: string) => principal(`security-officer@${party}`, party, ['security-officer']);
const politieOfficial = principal('official@politie', 'politie', ['accountable-official']);
const auditor = principal('auditor@jenv', 'jenv', ['auditor']);
const HOOFDGEBRUIKERS = ['ambulance', 'brandweer', 'kmar', 'politie'];

async function errorOf(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}

const counts = async () => {
  const [row] = await db.query(
    `SELECT (SELECT count(*) FROM risk.analysis)::int AS analyses, (SELECT count(*) FROM risk.risk)::int AS risks,
            (SELECT count(*) FROM risk.consultation_response)::int AS responses,
            (SELECT count(*) FROM risk.audit_log)::int AS audit, (SELECT count(*) FROM risk.outbox)::int AS outbox`,
  );
  return row;
};

const riskInput = (facilityCode: string, kind = 'MITIGEREN', residual = { likelihood: 2, impact: 2 }) => ({
  title: 'Inbraak door statelijke actor',
  description: 'Langdurige toegang tot het systeem',
  facilityCode,
  threatIndexes: [0, 1],
  inherent: { likelihood: 4, impact: 5 },
  residual,
  treatment: {
    kind,
    description: kind === 'MITIGEREN' ? 'Netwerk segmenteren' : 'Restrisico aanvaarden',
    measures: kind === 'MITIGEREN' ? [{ frameworkCode: 'BIO2', identifier: '8.22' }] : [],
    owner: 'CISO',
    dueDate: day(60),
  },
});
const content = (
  id: string,
  facilityCode: string,
  kind?: string,
  residual?: { likelihood: number; impact: number },
) => ({
  id,
  title: 'Aanvullende risicoanalyse',
  description: 'BBN3',
  threats: [{ catalogueCode: 'STATELIJKE_ACTOREN' }, { name: 'Eigen dreiging', description: 'Omschrijving' }],
  risks: [riskInput(facilityCode, kind, residual)],
});

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startService(riskService, {
    database: { url: db.url },
    transport: new InProcessTransport(),
    issuer: 'http://127.0.0.1:1/realms/meldkamer',
    host: '127.0.0.1',
    port: 0,
    development: false,
    clock,
    auditAnchorIntervalMs: 0,
  });
  analyses = service.app.get(RiskAnalysisService);
  facilities = service.app.get(FacilityService);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

beforeEach(() => {
  clock.days = 0;
});

describe('risk analyses against PostgreSQL', () => {
  let supplementaryId: string;

  it('seeds the scale and a catalogue of at least 15 threats with the state actors', async () => {
    const threats = await analyses.threats();
    expect(threats.length).toBeGreaterThanOrEqual(15);
    expect(threats.map((t) => t.code)).toEqual(
      expect.arrayContaining(['STATELIJKE_ACTOREN', 'RANSOMWARE', 'DDOS']),
    );
    expect((await analyses.scale()).matrix).toHaveLength(5);
  });

  it('[SK-4.3] raising a facility above BBN2 creates the supplementary analysis in the same unit of work', async () => {
    const facility = await facilities.classify(acting(lms), {
      facilityCode: 'GMS',
      biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
      bbn: 3,
      rationale: 'Dreiging door statelijke actoren',
      reviewDue: day(365),
    });
    const sa = facility.supplementaryAnalysis!;
    expect(sa).toMatchObject({ status: 'VEREIST', dueDate: expect.any(String), completedAt: null });
    const view = await analyses.view(lms, sa.analysisId!);
    expect(view).toMatchObject({
      kind: 'AANVULLEND',
      scope: 'GEDEELDE_VOORZIENING',
      ownerParty: 'lms',
      state: 'CONCEPT',
      method: 'BIO2 + BBN3 (GMS)',
      dueDate: sa.dueDate,
      number: expect.stringMatching(/^RA-\d{4}-\d{3}$/),
    });
    supplementaryId = view.id;
    const audit = await readAuditLog(service.context.dataSource, 'risk');
    expect(audit.map((a) => a.action)).toEqual(['facility.classified']);
    expect(audit[0].details).toMatchObject({
      supplementaryAnalysis: { analysisId: view.id, number: view.number, created: true },
    });
  });

  it('[SK-4.3] lowering keeps the analysis (NIET_MEER_VEREIST); raising again reuses it while open', async () => {
    const classify = (bbn: number) =>
      facilities.classify(acting(lms), {
        facilityCode: 'SPOEDVRAAG',
        biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
        bbn,
        rationale: `BBN ${bbn}`,
        reviewDue: day(365),
      });
    const raised = (await classify(3)).supplementaryAnalysis!;
    const lowered = (await classify(2)).supplementaryAnalysis!;
    expect(lowered).toMatchObject({ status: 'NIET_MEER_VEREIST', analysisId: raised.analysisId });
    expect((await analyses.view(lms, raised.analysisId!)).state).toBe('CONCEPT');
    const again = (await classify(3)).supplementaryAnalysis!;
    expect(again).toMatchObject({ status: 'VEREIST', analysisId: raised.analysisId });
  });

  it('a failed mutation writes nothing: no row, audit entry or event', async () => {
    const before = await counts();
    const bad = { ...content(supplementaryId, 'OIS') };
    expect((await errorOf(analyses.update(lms, acting(lms), bad))).code).toBe('BAD_USER_INPUT');
    expect((await errorOf(analyses.finalise(lms, acting(lms), { analysisId: supplementaryId }))).key).toBe(
      'risk.analysis.consultationRequired',
    );
    expect(
      (
        await errorOf(
          analyses.update(officer('politie'), acting(officer('politie')), content(supplementaryId, 'GMS')),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('[SK-4.2] walks CONCEPT -> CONSULTATIE -> DEFINITIEF, naming missing parties and answering disagreement', async () => {
    await analyses.update(lms, acting(lms), content(supplementaryId, 'GMS'));
    expect((await errorOf(analyses.view(officer('politie'), supplementaryId))).code).toBe('NOT_FOUND');
    const opened = await analyses.openConsultation(lms, acting(lms), {
      analysisId: supplementaryId,
      respondBy: day(14),
    });
    expect(opened.state).toBe('CONSULTATIE');
    expect(opened.consultation!.parties).toEqual(HOOFDGEBRUIKERS);
    expect(await analyses.view(officer('politie'), supplementaryId)).toMatchObject({ id: supplementaryId });
    expect((await errorOf(analyses.view(officer('defensie'), supplementaryId))).code).toBe('NOT_FOUND');

    const edit = await errorOf(analyses.update(lms, acting(lms), content(supplementaryId, 'GMS')));
    expect(edit.code).toBe('CONFLICT');

    await analyses.respond(officer('politie'), acting(officer('politie')), {
      analysisId: supplementaryId,
      position: 'AKKOORD',
      reasoning: 'Eens',
    });
    const refused = await errorOf(analyses.finalise(lms, acting(lms), { analysisId: supplementaryId }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.key).toBe('risk.analysis.responsesMissing');
    expect(refused.message).toContain('Brandweer (veiligheidsregio’s), Koninklijke Marechaussee');
    expect(refused.message).not.toContain('politie');

    for (const p of ['ambulance', 'brandweer'])
      await analyses.respond(officer(p), acting(officer(p)), {
        analysisId: supplementaryId,
        position: 'AKKOORD',
        reasoning: 'Eens',
      });
    const disagreement = await analyses.respond(officer('kmar'), acting(officer('kmar')), {
      analysisId: supplementaryId,
      position: 'NIET_AKKOORD',
      reasoning: 'Restrisico te hoog',
    });
    expect((await errorOf(analyses.finalise(lms, acting(lms), { analysisId: supplementaryId }))).key).toBe(
      'risk.analysis.disagreementUnanswered',
    );
    await analyses.answer(lms, acting(lms), { responseId: disagreement.id, answer: 'Maatregel toegevoegd' });

    const tasks = await analyses.consultationTasks(officer('kmar'), true);
    expect(tasks).toEqual([
      expect.objectContaining({ analysisId: supplementaryId, party: 'kmar', overdue: false }),
    ]);

    const final = await analyses.finalise(lms, acting(lms), { analysisId: supplementaryId });
    expect(final.state).toBe('DEFINITIEF');
    const [gms] = await facilities.byCodes(['GMS']);
    expect(gms.supplementaryAnalysis).toMatchObject({
      status: 'AFGEROND',
      analysisId: supplementaryId,
      completedAt: expect.any(String),
    });
    const events = await db.query(`SELECT envelope FROM risk.outbox`);
    const finalised = events.map((e) => e.envelope).find((e) => e.type === 'risk.analysis.finalised');
    expect(finalised.data).toMatchObject({
      kind: 'AANVULLEND',
      late: false,
      missingResponses: [],
      supplementaryMeasures: [
        { facilityCode: 'GMS', measures: [{ frameworkCode: 'BIO2', identifier: '8.22' }] },
      ],
    });
    expect(events.map((e) => e.envelope.type)).toEqual(
      expect.arrayContaining([
        'risk.consultation.requested',
        'risk.consultation.responded',
        'risk.analysis.finalised',
      ]),
    );
  });

  it('[SK-4.2] past the deadline finalises only with a note, and counts as late', async () => {
    const revision = await analyses.revise(lms, acting(lms), supplementaryId);
    expect(revision).toMatchObject({ version: 2, state: 'CONCEPT', previousVersionId: supplementaryId });
    expect((await errorOf(analyses.revise(lms, acting(lms), supplementaryId))).key).toBe(
      'risk.analysis.revisionOpen',
    );
    await analyses.openConsultation(lms, acting(lms), { analysisId: revision.id, respondBy: day(7) });
    clock.days = 10;
    const noNote = await errorOf(analyses.finalise(lms, acting(lms), { analysisId: revision.id }));
    expect(noNote.code).toBe('BAD_USER_INPUT');
    expect(noNote.problems.map((p) => p.field)).toEqual(['pastDeadlineNote']);
    const final = await analyses.finalise(lms, acting(lms), {
      analysisId: revision.id,
      pastDeadlineNote: 'Geen reacties binnen de termijn',
    });
    expect(final.finalisedPastDeadlineNote).toBe('Geen reacties binnen de termijn');
    expect((await analyses.view(auditor, supplementaryId)).state).toBe('VERVANGEN');
    const overview = await analyses.overview();
    expect(overview.late).toEqual([
      expect.objectContaining({
        analysisId: revision.id,
        note: 'Geen reacties binnen de termijn',
        title: expect.any(String),
      }),
    ]);
    expect(overview.aggregates).toEqual([
      expect.objectContaining({
        party: 'lms',
        facilityCode: 'GMS',
        residual: expect.objectContaining({ LAAG: 1 }),
      }),
    ]);
  });

  it('four eyes: acceptance above the level needs another accountable official', async () => {
    const politie = officer('politie');
    const draft = await analyses.draft(politie, acting(politie), {
      title: 'Eigen gebruik GMS',
      description: '',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['GMS'],
    });
    expect(draft.method).toBe('BIO2 + BBN3 (GMS)');
    const updated = await analyses.update(politie, acting(politie), {
      ...content(draft.id, 'GMS', 'ACCEPTEREN', { likelihood: 4, impact: 4 }),
    });
    const risk = updated.risks[0];
    expect(risk.treatment.acceptance).toMatchObject({ state: 'VOORGESTELD', proposedBy: politie.username });
    expect((await errorOf(analyses.finalise(politie, acting(politie), { analysisId: draft.id }))).key).toBe(
      'risk.analysis.acceptancePending',
    );
    // The same person as proposer and accountable official: refused.
    const self = principal(politie.username, 'politie', ['security-officer', 'accountable-official']);
    const input = { riskId: risk.id, approve: true, reasoning: 'Aanvaardbaar', reviewDate: day(180) };
    expect((await errorOf(analyses.decide(self, acting(self), input))).key).toBe(
      'risk.acceptance.ownProposal',
    );
    expect((await errorOf(analyses.decide(lmsOfficial, acting(lmsOfficial), input))).code).toBe('NOT_FOUND');
    const decided = await analyses.decide(politieOfficial, acting(politieOfficial), input);
    expect(decided.risk.treatment.acceptance).toMatchObject({
      state: 'GOEDGEKEURD',
      decidedBy: politieOfficial.username,
    });
    const final = await analyses.finalise(politie, acting(politie), { analysisId: draft.id });
    expect(final.state).toBe('DEFINITIEF');
    const register = await analyses.registerViews(politie, null);
    expect(register.analyses.map((a) => a.id)).toEqual([draft.id]);
    expect((await errorOf(analyses.registerViews(officer('ambulance'), 'politie'))).code).toBe('NOT_FOUND');
  });

  it('[SK-4.2] a revision keeps the line of each treatment (one icv finding), its due date, and may be discarded', async () => {
    const v1 = await analyses.view(auditor, supplementaryId);
    const [{ id: v2Id }] = await db.query(
      `SELECT id FROM risk.analysis WHERE number = $1 AND state = 'DEFINITIEF'`,
      [v1.number],
    );
    const v2 = await analyses.view(auditor, v2Id);
    expect(v2.risks[0].treatment.id).not.toBe(v1.risks[0].treatment.id);
    expect(v2.risks[0].treatment.originId).toBe(v1.risks[0].treatment.originId);
    expect(v2.dueDate).toBe(v1.dueDate);
    const finalised = (
      await db.query(
        `SELECT envelope FROM risk.outbox WHERE envelope->>'type' = 'risk.analysis.finalised'
            AND envelope->'data'->>'number' = $1 ORDER BY (envelope->'data'->>'version')::int`,
        [v1.number],
      )
    ).map((e: { envelope: { data: { treatments: { treatmentId: string }[] } } }) => e.envelope.data);
    expect(finalised).toHaveLength(2);
    expect(finalised.map((d) => d.treatments[0].treatmentId)).toEqual([
      v1.risks[0].treatment.originId,
      v1.risks[0].treatment.originId,
    ]);
    const v3 = await analyses.revise(lms, acting(lms), v2Id);
    expect(v3.dueDate).toBe(v1.dueDate);
    expect(v3.risks[0].treatment.originId).toBe(v1.risks[0].treatment.originId);
    // A revision of the supplementary analysis may go (the first version may not while required).
    expect(await analyses.discard(lms, acting(lms), v3.id)).toBe(true);
  });

  it('four eyes: an approval does not survive a change of the risk, a revision, or a level move by its proposer', async () => {
    const politie = officer('politie');
    const self = principal(politie.username, 'politie', ['security-officer', 'accountable-official']);
    const draft = await analyses.draft(politie, acting(politie), {
      title: 'Eigen gebruik GMS, tweede',
      description: '',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['GMS'],
    });
    const input = content(draft.id, 'GMS', 'ACCEPTEREN', { likelihood: 4, impact: 4 });
    const riskId = (await analyses.update(politie, acting(politie), input)).risks[0].id;
    expect((await errorOf(analyses.setAcceptanceLevel(self, acting(self), 'ZEER_HOOG'))).key).toBe(
      'risk.acceptanceLevel.ownProposalOpen',
    );
    const decision = { riskId, approve: true, reasoning: 'Aanvaardbaar', reviewDate: day(180) };
    await analyses.decide(politieOfficial, acting(politieOfficial), decision);
    const kept = { ...input, risks: [{ ...input.risks[0], id: riskId }] };
    expect(
      (await analyses.update(politie, acting(politie), kept)).risks[0].treatment.acceptance,
    ).toMatchObject({
      state: 'GOEDGEKEURD',
    });
    const renamed = { ...input, risks: [{ ...input.risks[0], id: riskId, title: 'Ander risico' }] };
    expect(
      (await analyses.update(politie, acting(politie), renamed)).risks[0].treatment.acceptance,
    ).toMatchObject({ state: 'VOORGESTELD', proposedBy: politie.username, decidedBy: null });
    expect((await errorOf(analyses.finalise(politie, acting(politie), { analysisId: draft.id }))).key).toBe(
      'risk.analysis.acceptancePending',
    );
    await analyses.decide(politieOfficial, acting(politieOfficial), decision);
    await analyses.finalise(politie, acting(politie), { analysisId: draft.id });
    const revision = await analyses.revise(politie, acting(politie), draft.id);
    expect(revision.risks[0].treatment.acceptance).toMatchObject({
      state: 'VOORGESTELD',
      proposedBy: politie.username,
      decidedBy: null,
    });
    expect(await analyses.discard(politie, acting(politie), revision.id)).toBe(true);
    expect((await analyses.setAcceptanceLevel(self, acting(self), 'HOOG')).level).toBe('HOOG');
  });

  it('the scale keeps its number of steps while risks exist', async () => {
    const scale = await analyses.scale();
    const smaller = {
      likelihood: scale.likelihood.slice(0, 4),
      impact: scale.impact.slice(0, 4),
      levels: scale.levels,
      matrix: scale.matrix.slice(0, 4).map((row) => row.slice(0, 4)),
    };
    const refused = await errorOf(Promise.resolve().then(() => analyses.setScale(acting(lms), smaller)));
    expect(refused.key).toBe('risk.scale.stepsInUse');
  });

  it('[SK-4.3] a supplementary analysis needs measures; once the requirement lapsed it proposes none and may go', async () => {
    const classify = (code: string, bbn: number) =>
      facilities.classify(acting(lms), {
        facilityCode: code,
        biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
        bbn,
        rationale: `BBN ${bbn}`,
        reviewDue: day(365),
      });
    const [spoed] = await facilities.byCodes(['SPOEDVRAAG']);
    const id = spoed.supplementaryAnalysis!.analysisId!;
    expect((await errorOf(analyses.discard(lms, acting(lms), id))).key).toBe(
      'risk.analysis.discardSupplementary',
    );
    await analyses.update(
      lms,
      acting(lms),
      content(id, 'SPOEDVRAAG', 'ACCEPTEREN', { likelihood: 1, impact: 1 }),
    );
    await analyses.openConsultation(lms, acting(lms), { analysisId: id, respondBy: day(1) });
    clock.days = 3;
    const note = { analysisId: id, pastDeadlineNote: 'Geen reacties' };
    expect((await errorOf(analyses.finalise(lms, acting(lms), note))).key).toBe(
      'risk.analysis.noSupplementaryMeasures',
    );
    await classify('SPOEDVRAAG', 2);
    expect((await analyses.finalise(lms, acting(lms), note)).state).toBe('DEFINITIEF');
    const [event] = await db.query(
      `SELECT envelope FROM risk.outbox WHERE envelope->>'type' = 'risk.analysis.finalised'
          AND envelope->'data'->>'analysisId' = $1`,
      [id],
    );
    expect(event.envelope.data.supplementaryMeasures).toEqual([]);

    // A lapsed requirement's open analysis may be discarded.
    const raised = (await classify('OIS', 3)).supplementaryAnalysis!;
    expect((await errorOf(analyses.discard(lms, acting(lms), raised.analysisId!))).key).toBe(
      'risk.analysis.discardSupplementary',
    );
    await classify('OIS', 2);
    expect(await analyses.discard(lms, acting(lms), raised.analysisId!)).toBe(true);
  });

  it('two finalisations at once: one winner, one event', async () => {
    const brandweer = officer('brandweer');
    const draft = await analyses.draft(brandweer, acting(brandweer), {
      title: 'Eigen gebruik OIS',
      description: '',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['OIS'],
    });
    await analyses.update(brandweer, acting(brandweer), content(draft.id, 'OIS'));
    const before = (
      await db.query(
        `SELECT count(*)::int AS n FROM risk.outbox WHERE envelope->>'type' = 'risk.analysis.finalised'`,
      )
    )[0].n;
    const results = await Promise.allSettled([
      analyses.finalise(brandweer, acting(brandweer), { analysisId: draft.id }),
      analyses.finalise(brandweer, acting(brandweer), { analysisId: draft.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((loser.reason as DomainError).code).toBe('CONFLICT');
    const after = (
      await db.query(
        `SELECT count(*)::int AS n FROM risk.outbox WHERE envelope->>'type' = 'risk.analysis.finalised'`,
      )
    )[0].n;
    expect(after - before).toBe(1);
  });

  it('discards only a regular draft', async () => {
    const ambulance = officer('ambulance');
    const draft = await analyses.draft(ambulance, acting(ambulance), {
      title: 'Weg ermee',
      description: '',
      scope: 'EIGEN_GEBRUIK',
      facilityCodes: ['IVICT'],
    });
    expect(await analyses.discard(ambulance, acting(ambulance), draft.id)).toBe(true);
    expect((await errorOf(analyses.view(ambulance, draft.id))).code).toBe('NOT_FOUND');
  });

  it('the migration gives a facility that already requires a supplementary analysis one (down and up again)', async () => {
    const migration = new RiskAnalyses1765411200000();
    const q = service.context.dataSource.createQueryRunner();
    try {
      await q.startTransaction();
      await migration.down(q);
      await q.query(`UPDATE risk.facility SET supplementary_analysis = $1 WHERE code = 'IVICT'`, [
        JSON.stringify({
          status: 'VEREIST',
          requiredSince: clock.now().toISOString(),
          reason: 'BBN verhoogd',
        }),
      ]);
      await migration.up(q);
      await q.commitTransaction();
    } finally {
      await q.release();
    }
    const [ivict] = await facilities.byCodes(['IVICT']);
    const sa = ivict.supplementaryAnalysis!;
    expect(sa).toMatchObject({
      status: 'VEREIST',
      analysisId: expect.any(String),
      dueDate: expect.any(String),
    });
    expect(await analyses.view(lms, sa.analysisId!)).toMatchObject({
      kind: 'AANVULLEND',
      state: 'CONCEPT',
      facilityCodes: ['IVICT'],
      dueDate: sa.dueDate,
    });
  });
});
