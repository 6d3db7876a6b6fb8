import {
  checkEvaluationCompletion,
  checkEvaluationStart,
  entryIntoForce,
  evaluationSchedule,
  regulationPublishedOn,
  assertEvaluationOpen,
} from './evaluation';
import { isRecipient } from './reminders';

const day = (base: string, days: number) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
// This year's 10 March, from the clock: the rules receive the day, and a day away from year ends and leap days
// means the same whatever the date the suite runs on.
const today = `${new Date().getUTCFullYear()}-03-10`;
const keys = (ps: { field: string }[]) => ps.map((p) => p.field);

describe('evaluation start', () => {
  const base = {
    kind: 'VIJFJAARLIJKS',
    title: 'Evaluatie',
    periodFrom: day(today, -400),
    periodTo: day(today, -1),
    scope: 'Het strategisch kader',
    auditor: 'Auditdienst Rijk',
  };
  it('takes a complete five-yearly evaluation', () => expect(checkEvaluationStart(base)).toEqual([]));
  it('refuses a period that ends before it starts', () =>
    expect(keys(checkEvaluationStart({ ...base, periodTo: day(today, -500) }))).toEqual(['input.periodTo']));
  it('needs a title, scope and auditor', () =>
    expect(keys(checkEvaluationStart({ ...base, title: ' ', scope: '', auditor: '' }))).toEqual([
      'input.title',
      'input.scope',
      'input.auditor',
    ]));
  it('needs a reason for an extra audit', () => {
    expect(keys(checkEvaluationStart({ ...base, kind: 'EXTRA' }))).toEqual(['input.reason']);
    expect(checkEvaluationStart({ ...base, kind: 'EXTRA', reason: 'Na het incident' })).toEqual([]);
  });
  it('refuses an unknown kind', () =>
    expect(keys(checkEvaluationStart({ ...base, kind: 'X' }))).toEqual(['input.kind']));
});

describe('completion', () => {
  it('needs a report and a date not in the future', () => {
    expect(checkEvaluationCompletion(today, true, day(today, -10), today)).toEqual([]);
    expect(keys(checkEvaluationCompletion(day(today, 1), true, day(today, -10), today))).toEqual([
      'input.completedOn',
    ]);
    expect(keys(checkEvaluationCompletion(today, false, day(today, -10), today))).toEqual(['input.report']);
  });
  it('a completed evaluation is read-only', () => {
    expect(() => assertEvaluationOpen('AFGEROND')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertEvaluationOpen('LOPEND')).not.toThrow();
  });
});

describe('the five-year warning', () => {
  const published = day(today, -3000);
  const inForce = entryIntoForce(published);
  it('starts the count the day after publication', () => expect(inForce).toBe(day(published, 1)));
  it('is due five years after the entry into force, warned twelve months before', () => {
    const s = evaluationSchedule(today, null, inForce);
    const from = new Date(`${inForce}T00:00:00Z`);
    expect(Number(s.dueBy.slice(0, 4))).toBe(from.getUTCFullYear() + 5);
    expect(s.dueBy.slice(5)).toBe(inForce.slice(5));
    expect(Number(s.warnFrom.slice(0, 4))).toBe(from.getUTCFullYear() + 4);
  });
  it('warns from warnFrom, is overdue after dueBy', () => {
    const s = evaluationSchedule(today, null, inForce);
    expect(evaluationSchedule(day(s.warnFrom, -1), null, inForce).warning).toBe(false);
    expect(evaluationSchedule(s.warnFrom, null, inForce).warning).toBe(true);
    expect(evaluationSchedule(s.dueBy, null, inForce).overdue).toBe(false);
    expect(evaluationSchedule(day(s.dueBy, 1), null, inForce).overdue).toBe(true);
  });
  it('counts from the last completed evaluation', () => {
    const s = evaluationSchedule(today, today, inForce);
    expect(s.lastCompletedOn).toBe(today);
    expect(s.warning).toBe(false);
    expect(Number(s.dueBy.slice(0, 4))).toBe(Number(today.slice(0, 4)) + 5);
  });
  it('validates the setting, with the regulation date as its default', () => {
    expect(regulationPublishedOn(undefined)).toMatch(/^\d{4}-02-13$/);
    expect(regulationPublishedOn(published)).toBe(published);
    expect(() => regulationPublishedOn('13-02')).toThrow(/MKIB_REGULATION_PUBLISHED_ON/);
  });
});

describe('who the five-year warning reaches', () => {
  const r = { party: 'jenv', kind: 'VOORAF' as const, milestone: 'EVALUATIE' as const };
  it('the evaluator and auditor of JenV and the boards', () => {
    expect(isRecipient(r, { party: 'jenv', roles: ['evaluator'] } as never)).toBe(true);
    expect(isRecipient(r, { party: 'jenv', roles: ['auditor'] } as never)).toBe(true);
    expect(isRecipient(r, { party: 'smb', roles: ['board-secretary'] } as never)).toBe(true);
    expect(isRecipient(r, { party: 'bmb', roles: ['bmb-member'] } as never)).toBe(true);
    expect(isRecipient(r, { party: 'politie', roles: ['security-officer'] } as never)).toBe(false);
    expect(isRecipient(r, { party: 'lms', roles: ['lms-operator'] } as never)).toBe(false);
  });
});
