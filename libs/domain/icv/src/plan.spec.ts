import {
  addDays,
  carriedOverLines,
  checkPlanLine,
  isOverdue,
  normaliseOwner,
  PLAN_UPDATE_DAYS,
  planRollUp,
  planUpdateDueDate,
  RolledLine,
} from './plan';

/** A day relative to the clock (the domain may not import the testing lib; never a literal date). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const today = isoDay();
const line = (over: Partial<RolledLine> = {}): RolledLine => ({
  status: 'GEPLAND',
  dueDate: isoDay(10),
  owner: 'CISO',
  ...over,
});
const keys = (problems: { field: string; key?: string }[]) => problems.map((p) => [p.field, p.key]);

describe('[SK-2.3] the roll-up of an implementation plan', () => {
  it('counts an empty plan as fully on track', () => {
    expect(planRollUp([], today)).toEqual({
      total: 0,
      done: 0,
      onTrack: 0,
      overdue: 0,
      withoutOwner: 0,
      percentOnTrack: 100,
    });
  });

  it('is overdue only when not GEREED and past its due date (due today is in time)', () => {
    expect(isOverdue(line({ dueDate: isoDay(-1) }), today)).toBe(true);
    expect(isOverdue(line({ dueDate: today }), today)).toBe(false);
    expect(isOverdue(line({ dueDate: isoDay(-1), status: 'GEREED' }), today)).toBe(false);
  });

  it('counts done, on track, overdue, blocked and lines without an owner', () => {
    const lines = [
      line({ status: 'GEREED', dueDate: isoDay(-30) }),
      line({ status: 'IN_UITVOERING' }),
      line({ status: 'GEBLOKKEERD', owner: null }),
      line({ dueDate: isoDay(-1), owner: null }),
    ];
    expect(planRollUp(lines, today)).toEqual({
      total: 4,
      done: 1,
      onTrack: 2,
      overdue: 1,
      withoutOwner: 2,
      percentOnTrack: 50,
    });
  });

  it('depends on the day it is taken: a line becomes overdue the day after its due date', () => {
    const lines = [line({ dueDate: today })];
    expect(planRollUp(lines, today).overdue).toBe(0);
    expect(planRollUp(lines, addDays(today, 1))).toEqual(
      expect.objectContaining({ overdue: 1, onTrack: 0, percentOnTrack: 0 }),
    );
  });
});

describe('[SK-2.3] a plan update after an adopted policy version', () => {
  it('is due PLAN_UPDATE_DAYS after the adoption day, across months and years', () => {
    expect(planUpdateDueDate(today)).toBe(isoDay(PLAN_UPDATE_DAYS));
    expect(addDays(today, -1)).toBe(isoDay(-1));
    expect(addDays(today, 366)).toBe(isoDay(366));
  });

  it('carries over the lines not GEREED, marked, with their links', () => {
    const carried = carriedOverLines([
      { id: 'a', status: 'GEREED' as const, findingIds: ['f'] },
      { id: 'b', status: 'GEBLOKKEERD' as const, findingIds: ['g'] },
    ]);
    expect(carried).toEqual([{ id: 'b', status: 'GEBLOKKEERD', findingIds: ['g'], carriedOver: true }]);
  });

  it('stores an owner trimmed; empty means nobody yet', () => {
    expect(normaliseOwner('  Team ICT ')).toBe('Team ICT');
    expect(normaliseOwner('   ')).toBeNull();
    expect(normaliseOwner(null)).toBeNull();
  });
});

describe('[SK-4.1] [SK-5.1] the fields of a plan line', () => {
  const valid = {
    kind: 'MAATREGEL',
    measure: { frameworkCode: 'BIO2', identifier: '8.24.01' },
    description: 'Versleuteling van verbindingen',
    dueDate: isoDay(60),
    status: 'GEPLAND',
  };

  it('accepts a measure line and a policy-rule line', () => {
    expect(checkPlanLine(valid)).toEqual([]);
    expect(checkPlanLine({ ...valid, kind: 'BELEIDSREGEL', measure: null, policyRule: 'TB-03' })).toEqual([]);
  });

  it('needs the measure of a MAATREGEL and the rule of a BELEIDSREGEL', () => {
    expect(keys(checkPlanLine({ ...valid, measure: null }))).toEqual([
      ['input.measure', 'icv.plan.measureRequired'],
    ]);
    expect(keys(checkPlanLine({ ...valid, measure: { frameworkCode: 'BIO 2', identifier: '' } }))).toEqual([
      ['input.measure', 'icv.plan.measureMalformed'],
    ]);
    expect(keys(checkPlanLine({ ...valid, kind: 'BELEIDSREGEL', policyRule: '  ' }))).toEqual([
      ['input.policyRule', 'icv.plan.policyRuleRequired'],
    ]);
  });

  it('refuses an empty description, a bad date, an unknown kind or status, malformed links', () => {
    const problems = checkPlanLine({
      ...valid,
      kind: 'WENS',
      status: 'KLAAR',
      description: ' ',
      dueDate: '1-1-1',
      findingIds: ['nope'],
      riskTreatmentIds: ['x'],
      exceptions: [{ year: 0, frameworkCode: 'BIO2', identifier: '1' }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'input.kind',
      'input.status',
      'input.description',
      'input.dueDate',
      'input.findingIds[0]',
      'input.riskTreatmentIds[0]',
      'input.exceptions[0]',
    ]);
  });
});
