import { randomUUID } from 'node:crypto';
import { createEnvelope, DecisionTaken, DecisionTakenData } from '@mkib/contracts';
import { InProcessTransport } from '@mkib/server-messaging';
import { verifyAuditLog } from '@mkib/server-persistence';
import type { RunningService } from '@mkib/server-runtime';
import { createTestDatabase, currentYear, startConsumingService, TestDatabase } from '@mkib/testing';
import { policyService } from '../src/policy.service-definition';

/**
 * The adoption of a policy change proposal on a real PostgreSQL server: the BMB's decision (consumed
 * from governance) applies the changes the proposal carries, publishes the next policy version and
 * closes the proposal in one transaction; a rejection changes nothing else; a redelivery nothing twice.
 */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const BMB = 'bmb-member@bmb';

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(policyService, db.url, transport);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

let number = 0;
/** A proposal before the boards, carrying a BBN profile (as the procedure leaves it after submission). */
async function submittedProposal(
  rationale: string,
  over: { baseVersion?: number; change?: Record<string, unknown> } = {},
): Promise<string> {
  const id = randomUUID();
  number += 1;
  const change = over.change ?? {
    recalibrationMonths: 24,
    bbnProfile: {
      rationale,
      levels: [
        { bbn: 1, measures: [{ frameworkCode: 'BIO2', identifier: '5.15.01' }] },
        { bbn: 2, measures: [] },
        { bbn: 3, measures: [] },
      ],
    },
  };
  await db.query(
    `INSERT INTO policy.change_proposal (id, number, title, rationale, state, trigger_kind, trigger_reference,
       trigger_label, change, carries_requirement_changes, base_version, respond_by, drafted_by, drafted_at,
       submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, 'SUBMITTED', 'EVALUATION', 'Evaluatie meldkamers', 'Evaluatie: Evaluatie meldkamers',
       $5, true, $6, now()::date, 'lms-operator@lms', now(), 'lms-operator@lms', now())`,
    [
      id,
      number,
      `Voorstel ${number}: nieuw BBN-profiel`,
      rationale,
      JSON.stringify(change),
      over.baseVersion ?? 1,
    ],
  );
  return id;
}

const decision = (
  proposalId: string,
  d: DecisionTakenData['decision'],
  kind: DecisionTakenData['kind'] = 'POLICY_CHANGE',
): DecisionTakenData => ({
  agendaItemId: randomUUID(),
  kind,
  subjectId: proposalId,
  party: kind === 'ICV' ? 'politie' : 'lms',
  year: currentYear(),
  title: 'Wijziging informatiebeveiligingsbeleid',
  decision: d,
  decisionText: 'Besloten in de vergadering van het BMB.',
  decidedBy: BMB,
  decidedAt: new Date().toISOString(),
  advice: 'Het SMB adviseert het voorstel aan te nemen.',
  advisedAt: new Date().toISOString(),
  instructionId: null,
  instructionDescription: null,
});
const eventOf = (data: DecisionTakenData) =>
  createEnvelope(DecisionTaken, { subject: data.agendaItemId, partyId: 'bmb', actor: BMB }, data);
const publish = (event: { id: string } & object) =>
  transport.publish([{ topic: DecisionTaken.topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);

const profileVersion = async () =>
  Number((await db.query(`SELECT max(version) AS v FROM policy.bbn_profile`))[0].v);
const policyVersions = async () =>
  Number((await db.query(`SELECT count(*) AS n FROM policy.policy_version`))[0].n);
const proposal = async (id: string) =>
  (
    await db.query(
      `SELECT state, adopted_version, agenda_item_id, xmin::text AS tx FROM policy.change_proposal WHERE id = $1`,
      [id],
    )
  )[0];
const outbox = (types: string[]) =>
  db.query(
    `SELECT envelope->>'type' AS type, envelope->>'actor' AS actor, envelope->'data' AS data, xmin::text AS tx
       FROM policy.outbox WHERE envelope->>'type' = ANY($1) ORDER BY seq`,
    [types],
  );
const OWN_EVENTS = ['policy.profile.changed', 'policy.version.adopted'];
const failure = async (id: string) =>
  (
    await db.query(
      `SELECT state, adoption_failure, adopted_version, agenda_item_id FROM policy.change_proposal WHERE id = $1`,
      [id],
    )
  )[0];

describe('[SK-3.1] policy adopts or rejects a change proposal on the BMB decision', () => {
  let adoptedId: string;
  let adoption: ReturnType<typeof eventOf>;

  it('adoption publishes the carried BBN profile and the next policy version in one transaction', async () => {
    adoptedId = await submittedProposal('Het profiel krijgt een maatregel voor toegangsbeleid.');
    expect(await profileVersion()).toBe(1);
    expect(await policyVersions()).toBe(1);
    adoption = eventOf(decision(adoptedId, 'AANVAARD'));
    await publish(adoption);
    expect(transport.deadLetters).toEqual([]);

    const row = await proposal(adoptedId);
    expect(row).toMatchObject({
      state: 'ADOPTED',
      adopted_version: 2,
      agenda_item_id: adoption.data.agendaItemId,
    });
    expect(await profileVersion()).toBe(2);
    const [version] = await db.query(
      `SELECT version, proposal_id, xmin::text AS tx FROM policy.policy_version WHERE version = 2`,
    );
    expect(version.proposal_id).toBe(adoptedId);
    const [profile] = await db.query(
      `SELECT published_by, xmin::text AS tx FROM policy.bbn_profile WHERE version = 2`,
    );
    expect(profile.published_by).toBe(BMB);
    const events = await outbox(OWN_EVENTS);
    expect(events.map((e: { type: string }) => e.type)).toEqual(OWN_EVENTS);
    expect(events[1].data).toMatchObject({
      version: 2,
      previousVersion: 1,
      proposalId: adoptedId,
      bbnProfileVersion: 2,
      carriesRequirementChanges: true,
    });
    // One transaction wrote them all: the profile, the version, the proposal and their audit entries (the
    // outbox rows are marked published afterwards by the relay, so their xmin moves on).
    const audit = await db.query(
      `SELECT action, actor, xmin::text AS tx FROM policy.audit_log WHERE action IN
         ('board-decision.recorded', 'bbn-profile.published', 'policy-proposal.adopted') ORDER BY seq`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'board-decision.recorded',
      'bbn-profile.published',
      'policy-proposal.adopted',
    ]);
    expect(audit.every((a: { actor: string }) => a.actor === BMB)).toBe(true);
    // The carried changes and the version are written inside a savepoint (a subtransaction of its own id,
    // committed with the rest): the decision and the proposal in the transaction, the others in the savepoint.
    const [recorded, published, closed] = audit.map((a: { tx: string }) => a.tx);
    expect(new Set([row.tx, recorded, closed]).size).toBe(1);
    expect(new Set([version.tx, profile.tx, published]).size).toBe(1);
    const trail = await db.query(`SELECT step, actor FROM policy.proposal_step WHERE proposal_id = $1`, [
      adoptedId,
    ]);
    expect(trail).toEqual([{ step: 'ADOPTED', actor: BMB }]);
  });

  it('a redelivered decision, or another decision on a decided proposal, does nothing twice', async () => {
    await publish(adoption);
    await publish(eventOf(decision(adoptedId, 'AANVAARD')));
    expect(transport.deadLetters).toEqual([]);
    expect(await profileVersion()).toBe(2);
    expect(await policyVersions()).toBe(2);
    expect(await outbox(OWN_EVENTS)).toHaveLength(2);
    const ignored = await db.query(
      `SELECT action FROM policy.audit_log WHERE action IN ('event.duplicate-ignored', 'policy-proposal.decision-ignored') ORDER BY seq`,
    );
    expect(ignored.map((a: { action: string }) => a.action)).toEqual([
      'event.duplicate-ignored',
      'policy-proposal.decision-ignored',
    ]);
  });

  it('a rejection closes the proposal and changes nothing else', async () => {
    const id = await submittedProposal('Nog een profiel dat het BMB niet aanneemt.');
    await publish(eventOf(decision(id, 'NIET_AANVAARD')));
    expect(transport.deadLetters).toEqual([]);
    expect(await proposal(id)).toMatchObject({ state: 'REJECTED', adopted_version: null });
    expect(await profileVersion()).toBe(2);
    expect(await policyVersions()).toBe(2);
    expect(await outbox(OWN_EVENTS)).toHaveLength(2);
  });

  it('keeps every BMB decision as a record a proposal may name as its trigger', async () => {
    const icv = decision(randomUUID(), 'AANVAARD_MET_AANWIJZING', 'ICV');
    const instructionId = randomUUID();
    await publish(eventOf({ ...icv, instructionId, instructionDescription: 'Richt logging in.' }));
    const [row] = await db.query(
      `SELECT kind, party, decision, instruction_id FROM policy.board_decision WHERE agenda_item_id = $1`,
      [icv.agendaItemId],
    );
    expect(row).toEqual({
      kind: 'ICV',
      party: 'politie',
      decision: 'AANVAARD_MET_AANWIJZING',
      instruction_id: instructionId,
    });
  });
});

describe('[SK-3.1] an adoption that cannot be applied is handled, not retried', () => {
  it('a proposal drafted on an older version fails its adoption and changes nothing (no lost update)', async () => {
    // Version 2 is in force (the first adoption above): this one was drafted on version 1.
    const id = await submittedProposal('Een profiel op een verouderde beleidsversie.', { baseVersion: 1 });
    const event = eventOf(decision(id, 'AANVAARD'));
    await publish(event);
    expect(transport.deadLetters).toEqual([]);
    const row = await failure(id);
    expect(row).toMatchObject({ state: 'ADOPTION_FAILED', adopted_version: null });
    expect(row.agenda_item_id).toBe(event.data.agendaItemId);
    expect(row.adoption_failure).toMatch(/beleidsversie 1.*versie 2/);
    expect(await profileVersion()).toBe(2);
    expect(await policyVersions()).toBe(2);
    expect(await outbox(OWN_EVENTS)).toHaveLength(2);
    const trail = await db.query(`SELECT step, actor FROM policy.proposal_step WHERE proposal_id = $1`, [id]);
    expect(trail).toEqual([{ step: 'ADOPTION_FAILED', actor: BMB }]);
    // The event was handled: its inbox row committed, a redelivery is a duplicate.
    await publish(event);
    const [dup] = await db.query(
      `SELECT count(*)::int AS n FROM policy.audit_log WHERE action = 'event.duplicate-ignored' AND subject = $1`,
      [event.subject],
    );
    expect(dup.n).toBe(1);
  });

  it('a carried change refused at adoption rolls back to the savepoint: nothing applied, the chain intact', async () => {
    const change = {
      recalibrationMonths: 6,
      frameworkImports: [
        {
          code: 'SAVEPT',
          format: 'CSV',
          mode: 'CREATE',
          content: 'identifier,kind,parent\nA,THEMA,\nA.1,CONTROL,A\n',
          metadata: { name: 'Savepointnorm', version: '1', publisher: 'MKIB', licence: 'CC0 1.0' },
        },
      ],
      // Checked at submission against a catalogue that has changed since: the measure is gone.
      bbnProfile: {
        rationale: 'Een profiel met een maatregel die niet meer bestaat.',
        levels: [
          { bbn: 1, measures: [{ frameworkCode: 'BIO2', identifier: '99.99' }] },
          { bbn: 2, measures: [] },
          { bbn: 3, measures: [] },
        ],
      },
    };
    const id = await submittedProposal('Een import en een profiel dat niet meer klopt.', {
      baseVersion: 2,
      change,
    });
    const catalogueEvents = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM policy.outbox WHERE envelope->>'type' = 'policy.catalogue.changed'`,
        )
      )[0].n;
    const before = await catalogueEvents();
    await publish(eventOf(decision(id, 'AANVAARD')));
    expect(transport.deadLetters).toEqual([]);
    const row = await failure(id);
    expect(row.state).toBe('ADOPTION_FAILED');
    expect(row.adoption_failure).toMatch(/niet worden doorgevoerd.*99\.99/);
    // The import inside the savepoint was rolled back with its audit entry and event.
    expect(await db.query(`SELECT code FROM policy.framework WHERE code = 'SAVEPT'`)).toEqual([]);
    expect(await catalogueEvents()).toBe(before);
    const actions = await db.query(
      `SELECT action FROM policy.audit_log WHERE subject IN ($1, 'SAVEPT') ORDER BY seq`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['policy-proposal.adoption-failed']);
    expect(await policyVersions()).toBe(2);
    expect(await profileVersion()).toBe(2);
    expect((await verifyAuditLog(service.context.dataSource, 'policy')).intact).toBe(true);
  });
});
