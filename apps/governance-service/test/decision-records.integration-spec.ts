import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { DecisionTaken, DecisionTakenData } from '@mkib/contracts';
import { DomainError } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { RequestLoaders } from '@mkib/server-graphql';
import { InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, startConsumingService } from '@mkib/testing';
import { BoardItemResolver } from '../src/agenda/board-item.resolver';
import { governanceService } from '../src/governance.service-definition';
import { InstructionResolver } from '../src/instruction/instruction.resolver';
import { MeetingPackService } from '../src/meeting-pack/meeting-pack.service';
import {
  backfillEventId,
  GovernanceDecisionBackfill1765324800200,
} from '../src/migrations/1765324800200-governance-decision-backfill';

/**
 * Decisions taken before issue 15 (the backfill of governance.decision.taken), the entity references
 * policy follows to them, and how the meeting pack names decisions and parties: on a real PostgreSQL.
 */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const YEAR = new Date().getUTCFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const as = (party: string, role: string): Principal =>
  ({ username: `${role}@${party}`, party, roles: [role] }) as unknown as Principal;

interface Item {
  id: string;
  party: string;
  kind: 'ICV' | 'POLICY_CHANGE';
  decision: string | null;
  advice: string | null;
}

/** An agenda item as the first release left it (written directly, no event of its own). */
async function item(i: Item): Promise<string> {
  const subject = randomUUID();
  const icv = i.kind === 'ICV';
  await db.query(
    `INSERT INTO governance.agenda_item (id, kind, subject_id, title, year, icv_id, party, version, statement,
       scope, exception_count, signed_by, details, submitted_at, source_event_id, advice, advised_by, advised_at,
       decision, decision_text, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now() - interval '2 days', $14, $15,
       $16, CASE WHEN $15::text IS NULL THEN NULL ELSE now() - interval '1 day' END, $17::text, $18, $19,
       CASE WHEN $17::text IS NULL THEN NULL ELSE now() END)`,
    [
      i.id,
      i.kind,
      subject,
      icv ? `ICV ${YEAR} ${i.party} v1` : 'Wijzigingsvoorstel 1: Wachtwoordbeleid',
      YEAR,
      icv ? subject : null,
      i.party,
      icv ? 1 : null,
      icv ? 'IN_CONTROL' : null,
      icv ? 'ORGANISATIE_EN_MEDEGEBRUIKERS' : null,
      icv ? 0 : null,
      icv ? `accountable-official@${i.party}` : null,
      icv
        ? null
        : JSON.stringify({
            number: 1,
            summary: 'Wachtwoordbeleid aangescherpt.',
            triggerKind: 'EVALUATION',
            baseVersion: 1,
            carriesRequirementChanges: false,
            awaitingResponse: [],
          }),
      randomUUID(),
      i.advice,
      i.advice ? 'smb-member@smb' : null,
      i.decision,
      i.decision ? 'Het besluit van het BMB.' : null,
      i.decision ? 'bmb-member@bmb' : null,
    ],
  );
  return subject;
}

const politieItem = randomUUID();
const ambulanceItem = randomUUID();
const advisedOnly = randomUUID();
const policyChange = randomUUID();
const instructionId = randomUUID();

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(governanceService, db.url, transport);
  await item({
    id: politieItem,
    party: 'politie',
    kind: 'ICV',
    advice: 'Het SMB adviseert aanvaarden met aanwijzing.',
    decision: 'AANVAARD_MET_AANWIJZING',
  });
  await db.query(
    `INSERT INTO governance.instruction (id, agenda_item_id, party, description, due_date, state, issued_by, issued_at)
     VALUES ($1, $2, 'politie', 'Richt logging in.', $3, 'OPEN', 'bmb-member@bmb', now())`,
    [instructionId, politieItem, day(90)],
  );
  await item({
    id: ambulanceItem,
    party: 'ambulance',
    kind: 'ICV',
    advice: 'Het SMB adviseert niet aanvaarden.',
    decision: 'NIET_AANVAARD',
  });
  await item({
    id: advisedOnly,
    party: 'kmar',
    kind: 'ICV',
    advice: 'Het SMB adviseert aanvaarden.',
    decision: null,
  });
  await item({
    id: policyChange,
    party: 'lms',
    kind: 'POLICY_CHANGE',
    advice: 'Het SMB adviseert vaststellen.',
    decision: 'AANVAARD',
  });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const decisionEvents = async () =>
  (
    await db.query(`SELECT event_id, envelope FROM governance.outbox WHERE envelope->>'type' = $1`, [
      DecisionTaken.type,
    ])
  ).map((r: { event_id: string; envelope: unknown }) => ({
    eventId: r.event_id,
    envelope: (typeof r.envelope === 'string' ? JSON.parse(r.envelope) : r.envelope) as {
      id: string;
      type: string;
      actor: string;
      data: DecisionTakenData;
    },
  }));

async function runBackfill() {
  const runner = service.app.get(DataSource).createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await new GovernanceDecisionBackfill1765324800200().up(runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}

describe('[SK-3.1] [SK-4.4] ICV decisions taken before the upgrade', () => {
  it('the backfill publishes every decided ICV item once, with its instruction; a re-run adds nothing', async () => {
    expect(await decisionEvents()).toEqual([]);
    await runBackfill();
    await runBackfill();
    const events = await decisionEvents();
    expect(
      events
        .map((e: { envelope: { data: { agendaItemId: string } } }) => e.envelope.data.agendaItemId)
        .sort(),
    ).toEqual([politieItem, ambulanceItem].sort());
    for (const { eventId, envelope } of events) {
      expect(eventId).toBe(backfillEventId(envelope.data.agendaItemId));
      expect(envelope.id).toBe(eventId);
      expect(envelope.type).toBe(DecisionTaken.type);
      expect(DecisionTaken.schema.safeParse(envelope.data).success).toBe(true);
      expect(envelope.actor).toBe('bmb-member@bmb');
    }
    const politie = events.find((e) => e.envelope.data.agendaItemId === politieItem)!.envelope.data;
    expect(politie).toEqual(
      expect.objectContaining({
        kind: 'ICV',
        party: 'politie',
        year: YEAR,
        decision: 'AANVAARD_MET_AANWIJZING',
        advice: 'Het SMB adviseert aanvaarden met aanwijzing.',
        decidedBy: 'bmb-member@bmb',
        instructionId,
        instructionDescription: 'Richt logging in.',
      }),
    );
    const ambulance = events.find((e) => e.envelope.data.agendaItemId === ambulanceItem)!.envelope.data;
    expect(ambulance).toEqual(
      expect.objectContaining({
        decision: 'NIET_AANVAARD',
        instructionId: null,
        instructionDescription: null,
      }),
    );
  });
});

describe('[SK-3.1] references from a policy change trigger', () => {
  it('resolve to null, not an error, for what the caller may not see; boardItem(id) keeps NOT_FOUND', async () => {
    const items = service.app.get(BoardItemResolver);
    const instructions = service.app.get(InstructionResolver);
    const ambulance = as('ambulance', 'security-officer');
    const politie = as('politie', 'security-officer');
    const medegebruiker = as('rode-kruis', 'medegebruiker');

    expect(await items.reference({ id: politieItem }, ambulance, new RequestLoaders())).toBeNull();
    expect(await items.reference({ id: randomUUID() }, ambulance, new RequestLoaders())).toBeNull();
    expect(await items.reference({ id: politieItem }, medegebruiker, new RequestLoaders())).toBeNull();
    expect((await items.reference({ id: politieItem }, politie, new RequestLoaders()))?.id).toBe(politieItem);
    expect((await items.reference({ id: policyChange }, ambulance, new RequestLoaders()))?.id).toBe(
      policyChange,
    );

    expect(await instructions.reference({ id: instructionId }, ambulance, new RequestLoaders())).toBeNull();
    expect(
      await instructions.reference({ id: instructionId }, medegebruiker, new RequestLoaders()),
    ).toBeNull();
    expect((await instructions.reference({ id: instructionId }, politie, new RequestLoaders()))?.id).toBe(
      instructionId,
    );

    const refused = await items.one(politieItem, ambulance).catch((e: DomainError) => e);
    expect((refused as DomainError).code).toBe('NOT_FOUND');
  });
});

/** The text a PDF shows: the strings of its (deflated) content streams' text operators. */
function pdfText(base64: string): string {
  const raw = Buffer.from(base64, 'base64');
  const text: string[] = [];
  const latin = raw.toString('latin1');
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = latin.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      text.push(
        [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
          .join(''),
      );
  }
  return text.join(' ').replace(/\s+/g, ' ');
}

describe('[SK-3.5] the SMB meeting pack', () => {
  it('names decisions in Dutch and parties by name, not by code', async () => {
    await db.query(
      `INSERT INTO governance.cycle (year, medegebruiker_rapportages, icv_indiening, smb_vergadering, bmb_vergadering, opened_by, opened_at)
       VALUES ($1, $2, $3, $4, $5, 'board-secretary@smb', now())`,
      [YEAR, day(10), day(20), day(30), day(40)],
    );
    const pack = await service.app.get(MeetingPackService).meetingPack(as('jenv', 'auditor'), YEAR);
    const text = pdfText(pack.contentBase64);
    expect(text).toContain('aanvaard met aanwijzing: Het besluit van het BMB.');
    expect(text).toContain('niet aanvaard: Het besluit van het BMB.');
    expect(text).toContain('vastgesteld');
    expect(text).toContain('Politie: ICV');
    expect(text).toContain('Koninklijke Marechaussee: ICV');
    expect(text).toContain('Politie 1 In control 0 gegeven aanvaard met aanwijzing');
    for (const code of ['AANVAARD', 'politie:', 'kmar:', 'kmar 1', 'politie 1'])
      expect(text).not.toContain(code);
  });
});
