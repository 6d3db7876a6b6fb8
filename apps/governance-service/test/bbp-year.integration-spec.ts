import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  PlanUpdated,
  PlanUpdatedData,
  PolicyVersionAdopted,
  ProgressReported,
  ProgressReportedData,
} from '@mkib/contracts';
import { DomainError } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { ActingContext, InProcessTransport } from '@mkib/server-messaging';
import type { RunningService } from '@mkib/server-runtime';
import { TestDatabase, createTestDatabase, currentYear, isoDay, startConsumingService } from '@mkib/testing';
import { AgendaService } from '../src/agenda/agenda.service';
import { toBoardItem } from '../src/agenda/agenda-item.view';
import { BbpReminderSource } from '../src/bbp/bbp-reminder.source';
import { BbpService, BbpYearInput } from '../src/bbp/bbp.service';
import { governanceService } from '../src/governance.service-definition';
import { ProgressService } from '../src/progress/progress.service';
import { ReminderSources } from '../src/reminder/reminder-source';

/** The BBP year, its wishes round, adoption and the progress roll-up (issue 17), against a real PostgreSQL server. */
let db: TestDatabase;
let service: RunningService;
const transport = new InProcessTransport();
const year = currentYear();

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startConsumingService(governanceService, db.url, transport);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const principal = (username: string, party: string, roles: string[]) =>
  ({ subject: username, username, party, roles, responsibleParty: null }) as unknown as Principal;
const acting = (p: Principal): ActingContext => ({
  actor: p.username,
  party: p.party,
  correlationId: randomUUID(),
});
const secretary = principal('board-secretary@smb', 'smb', ['board-secretary']);
const politie = principal('security-officer@politie', 'politie', ['security-officer']);
const lms = principal('lms-operator@lms', 'lms', ['lms-operator']);
const ambulance = principal('security-officer@ambulance', 'ambulance', ['security-officer']);

const bbp = () => service.app.get(BbpService);
const agenda = () => service.app.get(AgendaService);

const errorOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (e) {
    const err = e as DomainError;
    return { code: err.code, key: err.key, problems: err.problems.map((p) => p.key ?? p.field) };
  }
  throw new Error('expected an error');
};

const calendarOf = (y: number): BbpYearInput => ({
  year: y,
  wishesDeadline: `${y}-03-01`,
  progressReportMoments: [`${y}-09-30`, `${y}-05-31`],
  smbMeetings: [`${y}-04-15`, `${y}-10-15`],
  bmbMeetings: [`${y}-11-20`],
  adoptionDate: `${y}-11-20`,
});

const counts = async (sql: string, params: unknown[] = []) =>
  (await db.query(sql, params)) as Record<string, unknown>[];

const outbox = (type: string) =>
  counts(`SELECT envelope FROM governance.outbox WHERE envelope->>'type' = $1 ORDER BY seq`, [type]).then(
    (rows) => rows.map((r) => (r.envelope as { data: Record<string, unknown> }).data),
  );

async function publish(topic: string, event: { id: string } & object) {
  await transport.publish([{ topic, key: 'k', value: JSON.parse(JSON.stringify(event)) }]);
}

const meta = (subject: string, party: string) => ({
  subject,
  partyId: party,
  actor: `security-officer@${party}`,
  correlationId: randomUUID(),
});

function reported(overrides: Partial<ProgressReportedData>) {
  const data: ProgressReportedData = {
    reportId: randomUUID(),
    party: 'politie',
    year,
    period: 1,
    due: `${year}-05-31`,
    policyVersion: 1,
    total: 10,
    done: 2,
    onTrack: 8,
    overdue: 2,
    withoutOwner: 1,
    signedBy: 'accountable-official@politie',
    submittedBy: 'security-officer@politie',
    submittedAt: new Date().toISOString(),
    late: false,
    ...overrides,
  };
  return createEnvelope(ProgressReported, meta(data.reportId, data.party), data);
}

function planUpdated(overrides: Partial<PlanUpdatedData>) {
  const data: PlanUpdatedData = {
    planId: randomUUID(),
    party: 'politie',
    policyVersion: 2,
    state: 'BIJWERKEN_VEREIST',
    updateDueDate: isoDay(90),
    asOf: isoDay(0),
    total: 3,
    done: 0,
    onTrack: 3,
    overdue: 0,
    withoutOwner: 1,
    updatedAt: new Date().toISOString(),
    ...overrides,
  };
  return createEnvelope(PlanUpdated, meta(data.planId, data.party), data);
}

describe('[SK-3.2] the BBP year and its calendar', () => {
  it('opens once with its whole calendar and the ICV cycle of the year before, and announces the calendar', async () => {
    // A policy version adopted before: the BBP year records the version in force.
    await publish(
      PolicyVersionAdopted.topic,
      createEnvelope(PolicyVersionAdopted, meta(randomUUID(), 'lms'), {
        version: 2,
        previousVersion: 1,
        proposalId: randomUUID(),
        title: 'Wijziging',
        agendaItemId: randomUUID(),
        adoptedAt: new Date().toISOString(),
        bbnProfileVersion: 1,
        changeCount: 1,
        carriesRequirementChanges: false,
      }),
    );
    const input: BbpYearInput = {
      ...calendarOf(year),
      icvCycle: {
        year: year - 1,
        medegebruikerRapportages: `${year}-01-15`,
        icvIndiening: `${year}-02-15`,
        smbVergadering: `${year}-04-15`,
        bmbVergadering: `${year}-05-10`,
      },
    };
    const opened = await bbp().open(acting(secretary), input);
    expect(opened).toMatchObject({
      year,
      state: 'OPEN',
      policyVersion: 2,
      progressReportMoments: [`${year}-05-31`, `${year}-09-30`],
    });
    expect(await errorOf(bbp().open(acting(secretary), input))).toMatchObject({
      code: 'CONFLICT',
      key: 'governance.bbp.openAlready',
    });
    const calendar = await bbp().calendar(year);
    expect(calendar.map((e) => e.date)).toEqual([...calendar.map((e) => e.date)].sort());
    expect(calendar.filter((e) => e.cycleYear === year - 1).map((e) => e.milestone)).toEqual([
      'MEDEGEBRUIKER_RAPPORTAGES',
      'ICV_INDIENING',
      'SMB_VERGADERING',
      'BMB_VERGADERING',
    ]);
    expect(await outbox('governance.calendar.changed')).toEqual([
      expect.objectContaining({
        year,
        policyVersion: 2,
        progressReportMoments: [`${year}-05-31`, `${year}-09-30`],
      }),
    ]);
  });

  it('moves the dates (and the cycle of the year before) and announces the calendar again; refuses a bad one whole', async () => {
    const moved = await bbp().updateCalendar(acting(secretary), {
      ...calendarOf(year),
      progressReportMoments: [`${year}-06-30`, `${year}-09-30`],
      icvCycle: {
        year: year - 1,
        medegebruikerRapportages: `${year}-01-20`,
        icvIndiening: `${year}-02-20`,
        smbVergadering: `${year}-04-15`,
        bmbVergadering: `${year}-05-10`,
      },
    });
    expect(moved.progressReportMoments).toEqual([`${year}-06-30`, `${year}-09-30`]);
    expect((await outbox('governance.calendar.changed')).length).toBe(2);
    const cycle = await counts(`SELECT icv_indiening::text AS d FROM governance.cycle WHERE year = $1`, [
      year - 1,
    ]);
    expect(cycle).toEqual([{ d: `${year}-02-20` }]);
    const before = await counts(`SELECT count(*)::int AS n FROM governance.audit_log`);
    expect(
      await errorOf(
        bbp().updateCalendar(acting(secretary), { ...calendarOf(year), adoptionDate: `${year}-10-01` }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['governance.bbp.adoptionDate'] });
    expect(await errorOf(bbp().updateCalendar(acting(secretary), calendarOf(year + 1)))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await counts(`SELECT count(*)::int AS n FROM governance.audit_log`)).toEqual(before);
  });
});

describe('[SK-3.4] the wishes round', () => {
  it('takes wishes of the parties of art. 1e and the LMS; the secretary records one on behalf of a party', async () => {
    await bbp().open(acting(secretary), calendarOf(year + 1));
    const own = await bbp().submitWish(politie, acting(politie), {
      year: year + 1,
      subject: 'SIEM uitbreiden',
      reasoning: 'Detectie op de meldkamers',
      estimatedCost: 125_000,
      priority: 'HOOG',
    });
    expect(own).toMatchObject({ party: 'politie', late: false, withdrawn: false });
    const onBehalf = await bbp().submitWish(secretary, acting(secretary), {
      year: year + 1,
      party: 'jenv',
      subject: 'Awareness',
      reasoning: 'Training',
      estimatedCost: 0,
      priority: 'LAAG',
    });
    expect(onBehalf.party).toBe('jenv');
    // Another party's name: as if it did not exist; the secretary must name a party of art. 1e.
    expect(
      await errorOf(
        bbp().submitWish(politie, acting(politie), {
          year: year + 1,
          party: 'lms',
          subject: 'x',
          reasoning: 'y',
          estimatedCost: 1,
          priority: 'LAAG',
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    for (const [who, party] of [
      [politie, ''],
      [secretary, ' '],
      [secretary, null],
    ] as const)
      expect(
        await errorOf(
          bbp().submitWish(who, acting(who), {
            year: year + 1,
            party,
            subject: 'x',
            reasoning: 'y',
            estimatedCost: 1,
            priority: 'LAAG',
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['governance.wish.partyRequired'] });
    expect(
      await errorOf(
        bbp().submitWish(secretary, acting(secretary), {
          year: year + 1,
          party: 'kmar',
          subject: 'x',
          reasoning: 'y',
          estimatedCost: 1,
          priority: 'LAAG',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['governance.wish.party'] });
    expect(
      await errorOf(
        bbp().submitWish(lms, acting(lms), {
          year: year + 1,
          subject: ' ',
          reasoning: 'y',
          estimatedCost: -5,
          priority: 'LAAG',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['field.required', 'governance.wish.cost'] });
    // No BBP year: the round is not open; a conflict that says so.
    expect(
      await errorOf(
        bbp().submitWish(lms, acting(lms), {
          year: year - 1,
          subject: 'x',
          reasoning: 'y',
          estimatedCost: 1,
          priority: 'LAAG',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', key: 'governance.bbp.noRound' });
    expect((await bbp().wishes(politie, year + 1)).map((w) => w.party)).toEqual(['politie']);
    expect((await bbp().wishes(secretary, year + 1)).map((w) => w.party)).toEqual(['jenv', 'politie']);
    expect(await bbp().wishCounts([year + 1])).toEqual(
      expect.arrayContaining([{ year: year + 1, party: 'politie', submitted: 1, late: 0 }]),
    );
    const events = await outbox('governance.wishes.submitted');
    expect(events.map((e) => [e.party, e.late, e.withdrawn])).toEqual([
      ['politie', false, false],
      ['jenv', false, false],
    ]);
  });

  it('accepts a wish after the deadline and marks it late', async () => {
    await bbp().open(acting(secretary), calendarOf(year - 1));
    const wish = await bbp().submitWish(lms, acting(lms), {
      year: year - 1,
      subject: 'Back-up',
      reasoning: 'Herstel',
      estimatedCost: 10,
      priority: 'MIDDEN',
    });
    expect(wish.late).toBe(true);
  });

  it('withdraws an own wish; consolidates with a disposition for each, and the round closes', async () => {
    const extra = await bbp().submitWish(politie, acting(politie), {
      year: year + 1,
      subject: 'Tweede wens',
      reasoning: 'Nog een',
      estimatedCost: 5,
      priority: 'MIDDEN',
    });
    expect(await errorOf(bbp().withdrawWish(ambulance, acting(ambulance), extra.id))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // A malformed id names no wish (house order: NOT_FOUND).
    expect(await errorOf(bbp().withdrawWish(politie, acting(politie), 'geen-id'))).toMatchObject({
      code: 'NOT_FOUND',
      key: 'governance.wish.notFound',
    });
    expect((await bbp().withdrawWish(politie, acting(politie), extra.id)).withdrawn).toBe(true);
    expect(await errorOf(bbp().withdrawWish(politie, acting(politie), extra.id))).toMatchObject({
      code: 'CONFLICT',
      key: 'governance.wish.withdrawnAlready',
    });
    const wishes = (await bbp().wishes(secretary, year + 1)).filter((w) => !w.withdrawn);
    expect(
      await errorOf(
        bbp().consolidate(acting(secretary), {
          year: year + 1,
          paragraph: 'Paragraaf',
          dispositions: [{ wishId: wishes[0].id, disposition: 'OPGENOMEN' }],
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['governance.wish.dispositionMissing'] });
    expect(await errorOf(bbp().submitForAdoption(acting(secretary), year + 1))).toMatchObject({
      code: 'CONFLICT',
      key: 'governance.bbp.notConsolidated',
    });
    const consolidated = await bbp().consolidate(acting(secretary), {
      year: year + 1,
      paragraph: 'De informatiebeveiligingsparagraaf.',
      dispositions: wishes.map((w, i) => ({
        wishId: w.id,
        disposition: i === 0 ? ('OPGENOMEN' as const) : ('UITGESTELD' as const),
        note: i === 0 ? null : 'Volgend jaar',
      })),
    });
    expect(consolidated.state).toBe('GECONSOLIDEERD');
    expect(
      await errorOf(
        bbp().submitWish(politie, acting(politie), {
          year: year + 1,
          subject: 'Te laat',
          reasoning: 'Na consolidatie',
          estimatedCost: 1,
          priority: 'LAAG',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', key: 'governance.bbp.roundClosed' });
  });

  it('goes before the boards once; the BMB adopts it in the decision', async () => {
    const submitted = await bbp().submitForAdoption(acting(secretary), year + 1);
    expect(submitted.state).toBe('VOORGELEGD');
    expect(await errorOf(bbp().submitForAdoption(acting(secretary), year + 1))).toMatchObject({
      code: 'CONFLICT',
      key: 'governance.bbp.beforeBoardsAlready',
    });
    const [item] = await agenda().boardItems(politie, { kind: 'BBP', year: year + 1 });
    expect(item).toMatchObject({ kind: 'BBP', title: `BBP ${year + 1}`, subjectId: submitted.id });
    const smb = principal('smb-member@smb', 'smb', ['smb-member']);
    const bmb = principal('bmb-member@bmb', 'bmb', ['bmb-member']);
    await agenda().adviseBoardItem(acting(smb), item.id, 'Het SMB adviseert vaststellen.');
    expect(
      await errorOf(
        agenda().decideBoardItem(acting(bmb), {
          agendaItemId: item.id,
          decision: 'AANVAARD_MET_AANWIJZING',
          text: 'Vastgesteld door het BMB.',
          instruction: { description: 'Doe iets', dueDate: isoDay(30) },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    // The BMB does not adopt it: no dead end, the secretary consolidates again and puts it before the
    // boards with a new item; the BMB still owes the adoption meanwhile.
    await agenda().decideBoardItem(acting(bmb), {
      agendaItemId: item.id,
      decision: 'NIET_AANVAARD',
      text: 'Niet vastgesteld: de paragraaf moet scherper.',
    });
    expect((await bbp().find(year + 1))!.state).toBe('NIET_VASTGESTELD');
    const owedAdoption = async () =>
      (await service.app.get(BbpReminderSource).owed({ today: isoDay(0), year: year + 1, party: 'bmb' }))
        .filter((o) => o.milestone === 'BBP_VASTSTELLING')
        .map((o) => o.year);
    expect(await owedAdoption()).toEqual([year + 1]);
    expect(await errorOf(bbp().submitForAdoption(acting(secretary), year + 1))).toMatchObject({
      code: 'CONFLICT',
      key: 'governance.bbp.rejectedConsolidate',
    });
    const wishes = (await bbp().wishes(secretary, year + 1)).filter((w) => !w.withdrawn);
    const again = await bbp().consolidate(acting(secretary), {
      year: year + 1,
      paragraph: 'De aangescherpte informatiebeveiligingsparagraaf.',
      dispositions: wishes.map((w) => ({ wishId: w.id, disposition: 'OPGENOMEN' as const })),
    });
    expect(again.state).toBe('GECONSOLIDEERD');
    const resubmitted = await bbp().submitForAdoption(acting(secretary), year + 1);
    expect(resubmitted.boardItemId).not.toBe(item.id);
    const items = await agenda().boardItems(politie, { kind: 'BBP', year: year + 1 });
    expect(items.map((i) => [i.id, i.decision])).toEqual(
      expect.arrayContaining([
        [item.id, 'NIET_AANVAARD'],
        [resubmitted.boardItemId, null],
      ]),
    );
    await agenda().adviseBoardItem(acting(smb), resubmitted.boardItemId!, 'Het SMB adviseert vaststellen.');
    await agenda().decideBoardItem(acting(bmb), {
      agendaItemId: resubmitted.boardItemId!,
      decision: 'AANVAARD',
      text: 'Vastgesteld door het BMB.',
    });
    expect((await bbp().find(year + 1))!.state).toBe('VASTGESTELD');
    expect(await owedAdoption()).toEqual([]);
    expect((await outbox('governance.decision.taken')).map((e) => e.kind)).toEqual(['BBP', 'BBP']);
    // Adopted: the wishes deadline and the adoption date stay; future moments and meetings still move.
    expect(
      await errorOf(
        bbp().updateCalendar(acting(secretary), {
          ...calendarOf(year + 1),
          wishesDeadline: `${year + 1}-02-01`,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', key: 'governance.bbp.adoptedAlready' });
    const calendars = (await outbox('governance.calendar.changed')).length;
    const moved = await bbp().updateCalendar(acting(secretary), {
      ...calendarOf(year + 1),
      progressReportMoments: [`${year + 1}-06-15`, `${year + 1}-10-15`],
      smbMeetings: [`${year + 1}-04-15`, `${year + 1}-10-20`],
    });
    expect(moved.progressReportMoments).toEqual([`${year + 1}-06-15`, `${year + 1}-10-15`]);
    expect(await outbox('governance.calendar.changed')).toHaveLength(calendars + 1);
  });
});

describe('[SK-2.4] progress reports reach the SMB, rolled up', () => {
  it('puts the first report of a period on the agenda; later ones join it; a second delivery adds nothing', async () => {
    const first = reported({ party: 'politie' });
    await publish(ProgressReported.topic, first);
    await publish(ProgressReported.topic, first);
    await publish(
      ProgressReported.topic,
      reported({ party: 'lms', total: 5, done: 1, onTrack: 2, overdue: 3, withoutOwner: 0, late: true }),
    );
    expect(transport.deadLetters).toEqual([]);
    const items = await agenda().boardItems(secretary, { kind: 'PROGRESS_REPORTS', year });
    expect(items.map((i) => i.title)).toEqual([`Voortgangsrapportages ${year} periode 1`]);
    // A party does not see the roll-up across parties.
    expect(await agenda().boardItems(politie, { kind: 'PROGRESS_REPORTS', year })).toEqual([]);
    const [period] = await service.app.get(ProgressService).periods([{ year, period: 1 }]);
    expect(period).toMatchObject({
      year,
      period: 1,
      total: 15,
      onTrack: 10,
      overdue: 5,
      withoutOwner: 1,
      percentOnTrack: 66,
      missingCodes: ['ambulance', 'brandweer', 'defensie', 'kmar'],
    });
    expect(period.reports.map((r) => [r.partyCode, r.late, r.percentOnTrack])).toEqual([
      ['lms', true, 40],
      ['politie', false, 80],
    ]);
    const overview = await service.app.get(ProgressService).overview(year);
    expect(overview.periods.map((p) => [p.period, p.due, p.reports.length])).toEqual([
      [1, `${year}-06-30`, 2],
      [2, `${year}-09-30`, 0],
    ]);
  });

  it('keeps the newest plan status per party, and reminds of what is owed', async () => {
    const older = planUpdated({ party: 'kmar', policyVersion: 1, state: 'ACTUEEL', updateDueDate: null });
    const newer = planUpdated({ party: 'kmar', policyVersion: 2 });
    await publish(PlanUpdated.topic, newer);
    await publish(PlanUpdated.topic, older);
    const plans = await service.app.get(ProgressService).plans();
    expect(plans.map((p) => [p.partyCode, p.policyVersion, p.state])).toEqual([
      ['kmar', 2, 'BIJWERKEN_VEREIST'],
    ]);

    const source = service.app.get(BbpReminderSource);
    expect(service.app.get(ReminderSources).all()).toContain(source);
    const owed = await source.owed({ today: isoDay(0), year: null, party: null });
    const of = (milestone: string) => owed.filter((o) => o.milestone === milestone);
    expect(of('PLAN_BIJWERKEN')).toEqual([
      expect.objectContaining({ party: 'kmar', deadline: isoDay(90), subjectId: newer.data.planId }),
    ]);
    // The year - 1 round is open: the parties without a wish owe one (the LMS submitted).
    expect(
      of('WENSEN')
        .filter((o) => o.year === year - 1)
        .map((o) => o.party),
    ).toEqual(['politie', 'ambulance', 'brandweer', 'defensie', 'jenv']);
    // Adopted (year + 1): nothing owed by the BMB for it; the current year's is.
    expect(of('BBP_VASTSTELLING').map((o) => o.year)).toEqual([year - 1, year]);
    // Period 1 of this year: politie and the LMS reported.
    expect(
      of('VOORTGANGSRAPPORTAGE')
        .filter((o) => o.year === year && o.deadline === `${year}-06-30`)
        .map((o) => o.party),
    ).toEqual(['ambulance', 'brandweer', 'defensie', 'kmar']);
    const politieOwes = await source.owed({ today: isoDay(0), year, party: 'politie' });
    expect(politieOwes.every((o) => o.party === 'politie' && o.year === year)).toBe(true);
  });

  it('keeps the moments reports were received for; their dates still move', async () => {
    await publish(ProgressReported.topic, reported({ party: 'politie', period: 2, due: `${year}-09-30` }));
    expect(transport.deadLetters).toEqual([]);
    const before = await counts(`SELECT count(*)::int AS n FROM governance.audit_log`);
    expect(
      await errorOf(
        bbp().updateCalendar(acting(secretary), {
          ...calendarOf(year),
          progressReportMoments: [`${year}-06-30`],
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', key: 'governance.bbp.reportedMoment' });
    expect(await counts(`SELECT count(*)::int AS n FROM governance.audit_log`)).toEqual(before);
    const moved = await bbp().updateCalendar(acting(secretary), {
      ...calendarOf(year),
      progressReportMoments: [`${year}-06-30`, `${year}-10-01`],
    });
    expect(moved.progressReportMoments).toEqual([`${year}-06-30`, `${year}-10-01`]);
  });

  it('freezes a decided item’s roll-up: a report that arrives later shows in the overview only', async () => {
    const periodOne = `Voortgangsrapportages ${year} periode 1`;
    const item = (await agenda().boardItems(secretary, { kind: 'PROGRESS_REPORTS', year })).find(
      (i) => i.title === periodOne,
    )!;
    const smb = principal('smb-member@smb', 'smb', ['smb-member']);
    const bmb = principal('bmb-member@bmb', 'bmb', ['bmb-member']);
    await agenda().adviseBoardItem(acting(smb), item.id, 'Voor kennisgeving aannemen.');
    const decided = await agenda().decideBoardItem(acting(bmb), {
      agendaItemId: item.id,
      decision: 'AANVAARD',
      text: 'Voor kennisgeving aangenomen.',
    });
    const frozen = { total: 15, onTrack: 10, missingCodes: ['ambulance', 'brandweer', 'defensie', 'kmar'] };
    expect(toBoardItem(decided).frozenPeriod).toMatchObject(frozen);
    await publish(ProgressReported.topic, reported({ party: 'ambulance', total: 4, onTrack: 4, late: true }));
    expect(transport.deadLetters).toEqual([]);
    const after = (await agenda().boardItems(secretary, { kind: 'PROGRESS_REPORTS', year })).filter(
      (i) => i.title === periodOne,
    );
    expect(after.map((i) => i.id)).toEqual([item.id]);
    expect(toBoardItem(after[0]).frozenPeriod).toMatchObject(frozen);
    const [live] = await service.app.get(ProgressService).periods([{ year, period: 1 }]);
    expect(live).toMatchObject({ total: 19, missingCodes: ['brandweer', 'defensie', 'kmar'] });
  });
});
