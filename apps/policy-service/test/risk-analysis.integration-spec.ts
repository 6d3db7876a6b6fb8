import { randomUUID } from 'node:crypto';
import { createEnvelope, DecisionTaken, RiskAnalysisFinalised } from '@mkib/contracts';
import { DomainError } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { RequestLoaders } from '@mkib/server-graphql';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import {
  createTestDatabase,
  currentYear,
  isoDay,
  riskAnalysisFinalisedEvent,
  startConsumingService,
  TestDatabase,
} from '@mkib/testing';
import { ChangeProposalService } from '../src/change-proposal/change-proposal.service';
import {
  ChangeTriggerResolver,
  RiskAnalysisProposalResolver,
} from '../src/change-proposal/change-proposal.resolver';
import { policyService } from '../src/policy.service-definition';

/**
 * Policy follows final risk analyses (issue 16), on a real PostgreSQL server: a final analysis of the
 * beheerder is a proposal's trigger; a supplementary one drafts the proposal of its measures, which the
 * LMS consults and submits and whose adoption sets the facility's supplementary measures.
 */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const LMS = { actor: 'lms-operator@lms', party: 'lms', correlationId: 'c' };

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(policyService, db.url, transport);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

async function publish(topic: string, event: { id: string } & object) {
  await transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);
}

const proposals = () => service.app.get(ChangeProposalService);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => e,
  );
const draftInput = (recordId: string) => ({
  title: 'Herijking na risicoanalyse',
  rationale: 'De risicoanalyse van de beheerder vraagt om een kortere herijking.',
  trigger: { kind: 'RISK_ANALYSIS' as const, recordId },
  change: { recalibrationMonths: 24 },
});

describe('[SK-4.4] a final risk analysis of the beheerder as trigger', () => {
  it('links the analysis with its number and title; an unknown one or a party’s own is refused', async () => {
    const lmsAnalysis = riskAnalysisFinalisedEvent({ number: 'RA-X-001', title: 'GMS beschikbaarheid' });
    const own = riskAnalysisFinalisedEvent({
      number: 'RA-X-002',
      ownerParty: 'politie',
      scope: 'EIGEN_GEBRUIK',
    });
    await publish(RiskAnalysisFinalised.topic, lmsAnalysis);
    await publish(RiskAnalysisFinalised.topic, own);
    expect(transport.deadLetters).toEqual([]);

    const drafted = await proposals().draft(LMS, draftInput(lmsAnalysis.data.analysisId));
    expect([drafted.triggerKind, drafted.triggerRecordId, drafted.triggerLabel]).toEqual([
      'RISK_ANALYSIS',
      lmsAnalysis.data.analysisId,
      'Risicoanalyse RA-X-001: GMS beschikbaarheid',
    ]);
    const resolver = service.app.get(ChangeTriggerResolver);
    expect(resolver.riskAnalysis({ kind: 'RISK_ANALYSIS', recordId: drafted.triggerRecordId })).toEqual({
      __typename: 'RiskAnalysis',
      id: lmsAnalysis.data.analysisId,
    });
    // A proposal drafted before analyses were records keeps its reference text and links nothing.
    expect(resolver.riskAnalysis({ kind: 'RISK_ANALYSIS', recordId: null })).toBeNull();

    const before = Number((await db.query(`SELECT count(*) AS n FROM policy.change_proposal`))[0].n);
    for (const recordId of [randomUUID(), own.data.analysisId]) {
      const e = (await failure(proposals().draft(LMS, draftInput(recordId))))!;
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.problems.map((p) => [p.field, p.key])).toEqual([
        ['input.trigger.recordId', 'policy.proposal.triggerRiskAnalysisUnknown'],
      ]);
    }
    const noRecord = (await failure(
      proposals().draft(LMS, {
        ...draftInput(''),
        trigger: { kind: 'RISK_ANALYSIS', reference: 'RA oud' },
      } as never),
    ))!;
    expect(noRecord.problems.map((p) => p.key)).toEqual(['policy.proposal.triggerRecordRequired']);
    expect(Number((await db.query(`SELECT count(*) AS n FROM policy.change_proposal`))[0].n)).toBe(before);
  });
});

describe('[SK-4.3] a final supplementary analysis drafts the proposal of its measures', () => {
  it('drafts once, leaves out unknown measures, and its adoption sets the facility’s measures', async () => {
    const [measure, other] = await db.query(
      `SELECT framework_code AS "frameworkCode", identifier FROM policy.requirement
        WHERE framework_code = 'BIO2' AND kind = 'MAATREGEL' ORDER BY identifier LIMIT 2`,
    );
    const event = riskAnalysisFinalisedEvent({
      number: 'RA-X-003',
      title: 'GMS naar BBN3',
      kind: 'AANVULLEND',
      facilityCodes: ['GMS'],
      supplementaryMeasures: [
        {
          facilityCode: 'GMS',
          measures: [measure, other, { frameworkCode: 'BIO2', identifier: '99.99.99' }],
        },
      ],
    });
    await publish(RiskAnalysisFinalised.topic, event);
    // Announced again (a new event for the same analysis): still one proposal.
    await publish(
      RiskAnalysisFinalised.topic,
      createEnvelope(
        RiskAnalysisFinalised,
        { subject: event.subject, partyId: 'lms', actor: event.actor },
        event.data,
      ),
    );
    expect(transport.deadLetters).toEqual([]);
    const rows = await db.query(
      `SELECT id, state, title, rationale, drafted_by, trigger_kind, trigger_record_id, trigger_label, change
         FROM policy.change_proposal WHERE trigger_record_id = $1`,
      [event.data.analysisId],
    );
    expect(rows).toHaveLength(1);
    const [p] = rows;
    expect(p).toMatchObject({
      state: 'DRAFT',
      title: 'Aanvullende maatregelen GMS (RA-X-003)',
      drafted_by: 'lms-operator@lms',
      trigger_kind: 'RISK_ANALYSIS',
      trigger_label: 'Risicoanalyse RA-X-003: GMS naar BBN3',
    });
    expect(p.rationale).toMatch(
      /Niet opgenomen, want niet bekend als maatregel in de catalogus: BIO2:99\.99\.99\./,
    );
    expect(p.change.supplementaryMeasures).toEqual([
      {
        facilityCode: 'GMS',
        measures: [measure, other],
        rationale: 'Aanvullende risicoanalyse RA-X-003: GMS naar BBN3',
      },
    ]);
    const [{ proposal_id }] = await db.query(`SELECT proposal_id FROM policy.risk_analysis WHERE id = $1`, [
      event.data.analysisId,
    ]);
    expect(proposal_id).toBe(p.id);

    // RiskAnalysis.changeProposal: the analysis links the proposal it made, batched over the request.
    const linked = service.app.get(RiskAnalysisProposalResolver);
    const lms = {
      username: 'lms-operator@lms',
      party: 'lms',
      roles: ['lms-operator'],
    } as unknown as Principal;
    const loaders = new RequestLoaders();
    const [made, none, unknown] = await Promise.all([
      linked.changeProposal({ id: event.data.analysisId }, lms, loaders),
      linked.changeProposal({ id: randomUUID() }, lms, loaders),
      linked.changeProposal({ id: 'not-a-uuid' }, lms, loaders),
    ]);
    expect(made).toMatchObject({ id: p.id, state: 'DRAFT', title: 'Aanvullende maatregelen GMS (RA-X-003)' });
    expect([none, unknown]).toEqual([null, null]);

    // The LMS consults the hoofdgebruikers and submits it; the BMB adopts it.
    await proposals().openConsultation(LMS, p.id, isoDay(7));
    for (const party of ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie'])
      await proposals().respond(
        { actor: `security-officer@${party}`, party, correlationId: 'c' },
        { proposalId: p.id, position: 'AGREE', reasons: 'Wij kunnen ons vinden in deze maatregelen.' },
      );
    await proposals().submit(LMS, p.id);
    const decision = {
      agendaItemId: randomUUID(),
      kind: 'POLICY_CHANGE' as const,
      subjectId: p.id,
      party: 'lms',
      year: currentYear(),
      title: p.title,
      decision: 'AANVAARD' as const,
      decisionText: 'Aangenomen.',
      decidedBy: 'bmb-member@bmb',
      decidedAt: new Date().toISOString(),
      advice: 'Aannemen.',
      advisedAt: new Date().toISOString(),
      instructionId: null,
      instructionDescription: null,
    };
    await publish(
      DecisionTaken.topic,
      createEnvelope(
        DecisionTaken,
        { subject: decision.agendaItemId, partyId: 'bmb', actor: 'bmb-member@bmb' },
        decision,
      ),
    );
    expect(transport.deadLetters).toEqual([]);
    const [{ state }] = await db.query(`SELECT state FROM policy.change_proposal WHERE id = $1`, [p.id]);
    expect(state).toBe('ADOPTED');
    const applied = await db.query(
      `SELECT framework_code AS "frameworkCode", identifier FROM policy.supplementary_measure
        WHERE facility_code = 'GMS' ORDER BY identifier`,
    );
    expect(applied).toEqual([measure, other]);
  });

  it('drafts nothing when no measure is left, and nothing for a regular analysis', async () => {
    const before = Number((await db.query(`SELECT count(*) AS n FROM policy.change_proposal`))[0].n);
    await publish(
      RiskAnalysisFinalised.topic,
      riskAnalysisFinalisedEvent({
        kind: 'AANVULLEND',
        supplementaryMeasures: [
          { facilityCode: 'OIS', measures: [{ frameworkCode: 'BIO2', identifier: '99.1' }] },
        ],
      }),
    );
    await publish(RiskAnalysisFinalised.topic, riskAnalysisFinalisedEvent());
    expect(transport.deadLetters).toEqual([]);
    expect(Number((await db.query(`SELECT count(*) AS n FROM policy.change_proposal`))[0].n)).toBe(before);
  });
});
