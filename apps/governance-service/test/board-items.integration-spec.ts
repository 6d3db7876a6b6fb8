import { randomUUID } from 'node:crypto';
import { createEnvelope, DecisionTaken, IcvSubmitted, PolicyChangeProposed } from '@mkib/contracts';
import { DomainError } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, startConsumingService } from '@mkib/testing';
import { AgendaService } from '../src/agenda/agenda.service';
import { MeetingPackService } from '../src/meeting-pack/meeting-pack.service';
import { governanceService } from '../src/governance.service-definition';

/** The boards' agenda across kinds against a real PostgreSQL server: policy changes and the decision event. */
let db: TestDatabase;
let service: RunningService;
let agenda: AgendaService;
const transport = new InProcessTransport();
const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(governanceService, db.url, transport);
  agenda = service.app.get(AgendaService);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const smb = { actor: 'smb-member@smb', party: 'smb', correlationId: 'c-smb' };
const bmb = { actor: 'bmb-member@bmb', party: 'bmb', correlationId: 'c-bmb' };

const publish = (topic: string, event: { id: string } & object) =>
  transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);

async function proposeChange(number: number) {
  const proposalId = randomUUID();
  const event = createEnvelope(
    PolicyChangeProposed,
    { subject: proposalId, partyId: 'lms', actor: 'lms-operator@lms', correlationId: randomUUID() },
    {
      proposalId,
      number,
      title: `Voorstel ${number}`,
      summary: 'Wachtwoordbeleid aangescherpt.',
      triggerKind: 'EVALUATION',
      baseVersion: 1,
      carriesRequirementChanges: false,
      awaitingResponse: ['politie'],
      submittedAt: new Date().toISOString(),
    },
  );
  await publish(PolicyChangeProposed.topic, event);
  return { proposalId, event };
}

const itemOf = async (proposalId: string) =>
  (
    await db.query(`SELECT * FROM governance.agenda_item WHERE kind = 'POLICY_CHANGE' AND subject_id = $1`, [
      proposalId,
    ])
  )[0];

const decisionEvents = async (agendaItemId: string) =>
  (await db.query(`SELECT envelope FROM governance.outbox WHERE topic = $1`, [DecisionTaken.topic]))
    .map((r: { envelope: unknown }) => (typeof r.envelope === 'string' ? JSON.parse(r.envelope) : r.envelope))
    .filter(
      (e: { type: string; data: { agendaItemId: string } }) =>
        e.type === DecisionTaken.type && e.data.agendaItemId === agendaItemId,
    );

const failure = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (e) {
    const error = e as DomainError;
    return { code: error.code, key: error.key, problems: error.problems.map((p) => p.key) };
  }
  throw new Error('expected a failure');
};

describe('[SK-3.1] [SK-3.5] [SK-4.4] policy changes on the boards agenda', () => {
  it('policy.change.proposed puts the proposal on the agenda once, a redelivery adds nothing', async () => {
    const { proposalId, event } = await proposeChange(1);
    await publish(PolicyChangeProposed.topic, event);
    expect(transport.deadLetters).toEqual([]);
    const rows = await db.query(`SELECT * FROM governance.agenda_item WHERE subject_id = $1`, [proposalId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(
      expect.objectContaining({
        kind: 'POLICY_CHANGE',
        party: 'lms',
        year: YEAR,
        title: 'Wijzigingsvoorstel 1: Voorstel 1',
        icv_id: null,
        version: null,
        source_event_id: event.id,
      }),
    );
    expect(rows[0].details).toEqual(expect.objectContaining({ number: 1, awaitingResponse: ['politie'] }));
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM governance.audit_log WHERE action = 'agenda-item.added' AND subject = $1`,
      [rows[0].id],
    );
    expect(audit[0].n).toBe(1);
  });

  it('the SMB advises, the BMB decides: governance.decision.taken carries the advice', async () => {
    const { proposalId } = await proposeChange(2);
    const item = await itemOf(proposalId);
    await agenda.adviseBoardItem(smb, item.id, 'Het SMB adviseert aanvaarden.');
    await agenda.decideBoardItem(bmb, {
      agendaItemId: item.id,
      decision: 'AANVAARD',
      text: 'Aanvaard door het BMB.',
    });
    const [event] = await decisionEvents(item.id);
    expect(event.data).toEqual(
      expect.objectContaining({
        kind: 'POLICY_CHANGE',
        subjectId: proposalId,
        party: 'lms',
        decision: 'AANVAARD',
        decidedBy: 'bmb-member@bmb',
        advice: 'Het SMB adviseert aanvaarden.',
        instructionId: null,
        instructionDescription: null,
      }),
    );
    expect(event.actor).toBe('bmb-member@bmb');
  });

  it('a decision before the advice is a CONFLICT and publishes nothing', async () => {
    const { proposalId } = await proposeChange(3);
    const item = await itemOf(proposalId);
    expect(
      await failure(
        agenda.decideBoardItem(bmb, {
          agendaItemId: item.id,
          decision: 'NIET_AANVAARD',
          text: 'Niet aanvaard, helaas.',
        }),
      ),
    ).toEqual(expect.objectContaining({ code: 'CONFLICT', key: 'governance.boardItem.notAdvised' }));
    expect(await decisionEvents(item.id)).toEqual([]);
    expect((await itemOf(proposalId)).decision).toBeNull();
  });

  it('a policy change is not accepted with an instruction: BAD_USER_INPUT, nothing written', async () => {
    const { proposalId } = await proposeChange(4);
    const item = await itemOf(proposalId);
    await agenda.adviseBoardItem(smb, item.id, 'Het SMB adviseert aanvaarden.');
    const instructions = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM governance.instruction`))[0].n;
    const before = await instructions();
    expect(
      await failure(
        agenda.decideBoardItem(bmb, {
          agendaItemId: item.id,
          decision: 'AANVAARD_MET_AANWIJZING',
          text: 'Aanvaard met een aanwijzing.',
          instruction: { description: 'Pas het beleid aan.', dueDate: new Date().toISOString().slice(0, 10) },
        }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'input.invalid',
      problems: ['governance.policyChange.decision', 'governance.policyChange.noInstruction'],
    });
    expect((await itemOf(proposalId)).decision).toBeNull();
    expect(await instructions()).toBe(before);
    expect(await decisionEvents(item.id)).toEqual([]);
  });

  it('the ICV API sees no policy change (NOT_FOUND), and an ICV decision there is published too', async () => {
    const { proposalId } = await proposeChange(5);
    const change = await itemOf(proposalId);
    expect(await failure(agenda.recordAdvice(smb, change.id, 'Het SMB adviseert aanvaarden.'))).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    const icvId = randomUUID();
    await publish(
      IcvSubmitted.topic,
      createEnvelope(
        IcvSubmitted,
        { subject: icvId, partyId: 'politie', actor: 'accountable-official@politie', correlationId: 'c' },
        {
          icvId,
          party: 'politie',
          year: YEAR,
          version: 1,
          statement: 'IN_CONTROL',
          scope: 'ORGANISATIE_EN_MEDEGEBRUIKERS',
          exceptionCount: 0,
          signedBy: 'accountable-official@politie',
          compliance: { percentImplemented: 100, byFacility: [] },
          replacesVersion: null,
          exceptions: [],
          proposal: null,
          missingReports: [],
        } as never,
      ),
    );
    const [icv] = await db.query(`SELECT * FROM governance.agenda_item WHERE icv_id = $1`, [icvId]);
    expect(icv).toEqual(
      expect.objectContaining({ kind: 'ICV', subject_id: icvId, title: `ICV ${YEAR} politie v1` }),
    );
    await agenda.recordAdvice(smb, icv.id, 'Het SMB adviseert aanvaarden met aanwijzing.');
    await agenda.recordDecision(bmb, {
      agendaItemId: icv.id,
      decision: 'AANVAARD_MET_AANWIJZING',
      text: 'Aanvaard met een aanwijzing.',
      instruction: {
        description: 'Richt logging in.',
        dueDate: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    const [event] = await decisionEvents(icv.id);
    expect(event.data).toEqual(
      expect.objectContaining({
        kind: 'ICV',
        subjectId: icvId,
        party: 'politie',
        title: `ICV ${YEAR} politie v1`,
        decision: 'AANVAARD_MET_AANWIJZING',
        advice: 'Het SMB adviseert aanvaarden met aanwijzing.',
        instructionDescription: 'Richt logging in.',
      }),
    );
    expect(event.data.instructionId).toEqual(expect.any(String));
  });

  it('the meeting pack and the ICV agenda keep to ICV items; boardItems scopes a party to its own ICVs', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await db.query(
      `INSERT INTO governance.cycle (year, medegebruiker_rapportages, icv_indiening, smb_vergadering, bmb_vergadering, opened_by, opened_at)
       VALUES ($1, $2, $3, $4, $5, 'board-secretary@smb', now())`,
      [YEAR, day(10), day(20), day(30), day(40)],
    );
    const auditor = { username: 'auditor@jenv', party: 'jenv', roles: ['auditor'] } as unknown as Principal;
    const politie = {
      username: 'security-officer@politie',
      party: 'politie',
      roles: ['security-officer'],
    } as unknown as Principal;
    const ambulance = { ...politie, username: 'security-officer@ambulance', party: 'ambulance' } as Principal;
    const pack = await service.app.get(MeetingPackService).meetingPack(auditor, YEAR);
    expect(Buffer.from(pack.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await agenda.agenda(auditor, YEAR)).map((i) => i.kind)).toEqual(['ICV']);
    expect((await agenda.ofYear(YEAR)).map((i) => i.party)).toEqual(['politie']);
    const all = await agenda.boardItems(auditor, {});
    expect(all.map((i) => i.kind).sort()).toEqual([
      'ICV',
      'POLICY_CHANGE',
      'POLICY_CHANGE',
      'POLICY_CHANGE',
      'POLICY_CHANGE',
      'POLICY_CHANGE',
    ]);
    const times = all.map((i) => new Date(i.submittedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await agenda.boardItems(politie, { kind: 'ICV' })).map((i) => i.party)).toEqual(['politie']);
    expect(await agenda.boardItems(ambulance, { kind: 'ICV' })).toEqual([]);
    expect((await agenda.boardItems(ambulance, {})).every((i) => i.kind === 'POLICY_CHANGE')).toBe(true);
    const icv = all.find((i) => i.kind === 'ICV')!;
    expect((await failure(agenda.boardItem(ambulance, icv.id))).code).toBe('NOT_FOUND');
    expect((await agenda.boardItem(politie, icv.id)).id).toBe(icv.id);
  });
});
