import {
  adoptPolicyChange,
  createTestDatabase,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/**
 * The five-yearly evaluation (SK-6, issue 18): JenV's evaluator records evaluation audits (the auditor
 * only reads), extra audits need a reason, the five-year warning comes twelve months before five years
 * have passed since the last evaluation or the regulation's entry into force (the day after its
 * publication, MKIB_REGULATION_PUBLISHED_ON), and an evaluation is a linkable trigger of a change proposal.
 * Each platform starts with a publication date chosen relative to today: the warning is computed from the
 * clock, never from a literal date.
 */
const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
const day = (d: Date) => d.toISOString().slice(0, 10);
/** The publication date that makes the five-yearly evaluation due `months` months from today. */
const publishedFor = (months: number) => {
  const d = new Date(`${isoDay(0)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCFullYear(d.getUTCFullYear() - 5);
  d.setUTCDate(d.getUTCDate() - 1); // the entry into force is the day after the publication
  return day(d);
};
const plusYears = (iso: string, years: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return day(d);
};
const SCHEDULE = `{ evaluationSchedule { inForceSince lastCompletedOn dueBy warnFrom warning overdue } }`;
const NOTIFICATIONS = `{ myNotifications { items { milestone party deadline } } }`;
const START = `mutation($i: StartEvaluationInput!) { startEvaluation(input: $i) { id kind state reason } }`;
const RECORD = `mutation($i: EvaluationResultInput!) {
  recordEvaluationResult(input: $i) { id state completedOn findings { id text followUp state } report { filename size } }
}`;
const PDF = Buffer.from('%PDF-1.4\n% evaluatierapport\n%%EOF\n').toString('base64');
const fiveYearly = (title: string) => ({
  kind: 'VIJFJAARLIJKS',
  title,
  periodFrom: isoDay(-5 * 365),
  periodTo: isoDay(-1),
  scope: 'Doeltreffendheid en effecten van het strategisch kader in de praktijk',
  auditor: 'Auditdienst Rijk',
});

async function start(env: Record<string, string>, accounts: string[]) {
  const db: TestDatabase | null = await createTestDatabase();
  const platform: PlatformProcess = await startPlatformProcess({
    ...env,
    ...(db ? { MKIB_DATABASE_URL: db.url } : {}),
  });
  const tokens: Record<string, string> = {};
  for (const account of accounts)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  const as =
    (account: string) =>
    (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
      graphql(platform.graphqlUrl, query, variables, tokens[account]);
  return { as, stop: async () => (await platform.stop(), await db?.drop()) };
}

const EVALUATIE = (items: { milestone: string }[]) => items.filter((i) => i.milestone === 'EVALUATIE');

describe('[SK-6] the five-yearly evaluation', () => {
  describe('thirteen months before five years have passed since the entry into force', () => {
    let p: Awaited<ReturnType<typeof start>>;
    beforeAll(async () => {
      p = await start({ MKIB_REGULATION_PUBLISHED_ON: publishedFor(13) }, [
        'board-secretary@smb',
        'evaluator@jenv',
      ]);
    }, 240_000);
    afterAll(async () => p?.stop());

    it('warns nobody yet: no warning, no EVALUATIE reminder', async () => {
      const s = await p.as('evaluator@jenv')(SCHEDULE);
      expect(s.errors).toBeUndefined();
      expect(s.data.evaluationSchedule).toMatchObject({
        lastCompletedOn: null,
        warning: false,
        overdue: false,
      });
      expect(s.data.evaluationSchedule.warnFrom > isoDay(0)).toBe(true);
      for (const account of ['board-secretary@smb', 'evaluator@jenv']) {
        const n = await p.as(account)(NOTIFICATIONS);
        expect(n.errors).toBeUndefined();
        expect(EVALUATIE(n.data.myNotifications.items)).toEqual([]);
      }
    });
  });

  describe('eleven months before five years have passed since the entry into force', () => {
    let p: Awaited<ReturnType<typeof start>>;
    const published = publishedFor(11);
    beforeAll(async () => {
      p = await start({ MKIB_REGULATION_PUBLISHED_ON: published }, [
        'board-secretary@smb',
        'bmb-member@bmb',
        'evaluator@jenv',
        'auditor@jenv',
        'lms-operator@lms',
        'security-officer@politie',
        'smb-member@smb',
        'security-officer@ambulance',
        'security-officer@brandweer',
        'security-officer@kmar',
        'security-officer@defensie',
      ]);
    }, 240_000);
    afterAll(async () => p?.stop());

    it('warns the boards and JenV: the schedule, and a reminder to the board secretary and the evaluator', async () => {
      const s = await p.as('bmb-member@bmb')(SCHEDULE);
      expect(s.errors).toBeUndefined();
      const inForce = new Date(`${published}T00:00:00Z`);
      inForce.setUTCDate(inForce.getUTCDate() + 1);
      expect(s.data.evaluationSchedule).toMatchObject({
        inForceSince: day(inForce),
        lastCompletedOn: null,
        dueBy: plusYears(day(inForce), 5),
        warning: true,
        overdue: false,
      });
      for (const account of ['board-secretary@smb', 'evaluator@jenv', 'auditor@jenv']) {
        const n = await p.as(account)(NOTIFICATIONS);
        expect(n.errors).toBeUndefined();
        expect(EVALUATIE(n.data.myNotifications.items)).toEqual([
          { milestone: 'EVALUATIE', party: 'jenv', deadline: s.data.evaluationSchedule.dueBy },
        ]);
      }
      const officer = await p.as('security-officer@politie')(NOTIFICATIONS);
      expect(EVALUATIE(officer.data.myNotifications.items)).toEqual([]);
    });

    it('an extra audit after an incident needs a reason; a refused one records nothing', async () => {
      const evaluator = p.as('evaluator@jenv');
      const before = (await evaluator(`{ evaluations { id } }`)).data.evaluations.length;
      const extra = { ...fiveYearly('Extra audit na het incident'), kind: 'EXTRA' };
      const refused = await evaluator(START, { i: extra });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect((await evaluator(`{ evaluations { id } }`)).data.evaluations).toHaveLength(before);
      const started = await evaluator(START, {
        i: { ...extra, reason: 'Storing van het meldkamersysteem met uitval van 112-verkeer' },
      });
      expect(started.errors).toBeUndefined();
      expect(started.data.startEvaluation).toMatchObject({ kind: 'EXTRA', state: 'LOPEND' });
      // An extra audit does not reset the five-year count.
      const s = await evaluator(SCHEDULE);
      expect(s.data.evaluationSchedule.warning).toBe(true);
    });

    it('the auditor reads but cannot start or record (FORBIDDEN); nothing changes', async () => {
      const started = await p.as('evaluator@jenv')(START, { i: fiveYearly('Vijfjaarlijkse evaluatie') });
      const id = started.data.startEvaluation.id;
      const auditor = p.as('auditor@jenv');
      expect(codes(await auditor(START, { i: fiveYearly('Door de auditor') }))).toEqual(['FORBIDDEN']);
      expect(
        codes(await auditor(RECORD, { i: { evaluationId: id, findings: [{ text: 'Bevinding auditor' }] } })),
      ).toEqual(['FORBIDDEN']);
      const read = await auditor(`query($id: ID!) { evaluation(id: $id) { id findings { id } } }`, { id });
      expect(read.errors).toBeUndefined();
      expect(read.data.evaluation.findings).toEqual([]);
      expect(
        codes(await auditor(`{ evaluation(id: "00000000-0000-4000-8000-000000000000") { id } }`)),
      ).toEqual(['NOT_FOUND']);
    });

    it('completing a five-yearly evaluation needs its report; afterwards the warning is gone, due five years on', async () => {
      const evaluator = p.as('evaluator@jenv');
      const started = await evaluator(START, { i: fiveYearly('Vijfjaarlijkse evaluatie strategisch kader') });
      const id = started.data.startEvaluation.id;
      // Completing without a report, or on a day still to come, is refused.
      expect(
        codes(await evaluator(RECORD, { i: { evaluationId: id, findings: [], completedOn: isoDay(0) } })),
      ).toEqual(['BAD_USER_INPUT']);
      const recorded = await evaluator(RECORD, {
        i: {
          evaluationId: id,
          findings: [{ text: 'De jaarlijkse cyclus werkt', followUp: 'Geen', state: 'AFGEHANDELD' }],
          report: { filename: 'evaluatie.pdf', contentType: 'application/pdf', contentBase64: PDF },
        },
      });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data.recordEvaluationResult).toMatchObject({
        state: 'LOPEND',
        report: { filename: 'evaluatie.pdf' },
      });
      const finding = recorded.data.recordEvaluationResult.findings[0];
      expect(
        codes(
          await evaluator(RECORD, {
            i: { evaluationId: id, findings: [{ ...finding }], completedOn: isoDay(1) },
          }),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      const done = await evaluator(RECORD, {
        i: { evaluationId: id, findings: [{ ...finding }], completedOn: isoDay(0) },
      });
      expect(done.errors).toBeUndefined();
      expect(done.data.recordEvaluationResult).toMatchObject({ state: 'AFGEROND', completedOn: isoDay(0) });
      // A completed evaluation is read-only.
      expect(codes(await evaluator(RECORD, { i: { evaluationId: id, findings: [] } }))).toEqual(['CONFLICT']);

      const s = await p.as('board-secretary@smb')(SCHEDULE);
      expect(s.data.evaluationSchedule).toMatchObject({
        lastCompletedOn: isoDay(0),
        dueBy: plusYears(isoDay(0), 5),
        warning: false,
        overdue: false,
      });
      const n = await p.as('board-secretary@smb')(NOTIFICATIONS);
      expect(EVALUATIE(n.data.myNotifications.items)).toEqual([]);
      const report = await p.as('auditor@jenv')(
        `query($id: ID!) { evaluationReport(id: $id) { filename contentType contentBase64 } }`,
        { id },
      );
      expect(report.data.evaluationReport).toEqual({
        filename: 'evaluatie.pdf',
        contentType: 'application/pdf',
        contentBase64: PDF,
      });
    });

    it('a policy change proposal names a recorded evaluation as its trigger', async () => {
      const started = await p.as('evaluator@jenv')(START, { i: fiveYearly('Evaluatie als aanleiding') });
      const id = started.data.startEvaluation.id;
      const unknown = await p.as('lms-operator@lms')(
        `mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id } }`,
        {
          i: {
            title: 'Wijziging na een onbekende evaluatie',
            rationale: 'De evaluatie geeft aanleiding tot deze wijziging.',
            trigger: { kind: 'EVALUATION', recordId: '00000000-0000-4000-8000-000000000000' },
            change: { recalibrationMonths: 18 },
          },
        },
      );
      expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
      // The evaluation reaches policy as an event.
      const drafted = await eventually(
        () =>
          adoptPolicyChange(p.as, {
            trigger: { kind: 'EVALUATION', recordId: id },
            change: { recalibrationMonths: 18 },
            until: 'DRAFT',
          }).catch(() => null),
        (r) => r !== null,
        'a proposal triggered by the evaluation',
      );
      const read = await p.as('lms-operator@lms')(
        `query($id: ID!) { changeProposal(id: $id) { trigger { kind evaluation { id } label } } }`,
        { id: drafted!.proposalId },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data.changeProposal.trigger).toEqual({
        kind: 'EVALUATION',
        evaluation: { id },
        label: 'Evaluatie: Evaluatie als aanleiding',
      });
    });
  });
});
