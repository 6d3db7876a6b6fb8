import {
  agendaSource,
  assertAgendaChangeAllowed,
  boardOfParty,
  checkAgendaOrder,
  checkMeetingPlan,
  checkMinutes,
} from './meetings';

const NOW = new Date(Date.UTC(new Date().getUTCFullYear(), 5, 15)); // this year's 15 June: the rules receive it
const YEAR = NOW.getUTCFullYear();
const on = (year: number) => `${year}-03-10`;
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('meetings', () => {
  it('plans a meeting on a date in a year the platform takes: two back, one ahead', () => {
    const plan = { board: 'SMB', date: on(YEAR), title: 'SMB-vergadering', location: null };
    expect(checkMeetingPlan(plan, NOW)).toEqual([]);
    expect(checkMeetingPlan({ ...plan, date: on(YEAR - 2) }, NOW)).toEqual([]);
    expect(checkMeetingPlan({ ...plan, date: on(YEAR + 1) }, NOW)).toEqual([]);
    expect(fields(checkMeetingPlan({ ...plan, date: on(YEAR + 2) }, NOW))).toEqual(['input.date']);
    expect(fields(checkMeetingPlan({ ...plan, date: on(YEAR - 3) }, NOW))).toEqual(['input.date']);
    expect(fields(checkMeetingPlan({ ...plan, date: 'volgende week' }, NOW))).toEqual(['input.date']);
    expect(fields(checkMeetingPlan({ ...plan, board: 'LMS', title: ' ' }, NOW))).toEqual([
      'input.board',
      'input.title',
    ]);
  });

  it('a secretary keeps the meetings of their own board', () => {
    expect(boardOfParty('smb')).toBe('SMB');
    expect(boardOfParty('bmb')).toBe('BMB');
    expect(boardOfParty('politie')).toBe(null);
  });

  it('takes exactly one source for an agenda item', () => {
    expect(agendaSource({ boardItemId: 'x' }, NOW)).toEqual({ kind: 'BOARD_ITEM', boardItemId: 'x' });
    expect(agendaSource({ signalId: 's' }, NOW)).toEqual({ kind: 'SIGNAL', signalId: 's' });
    expect(agendaSource({ wishesYear: YEAR }, NOW)).toEqual({ kind: 'WISHES', year: YEAR });
    expect(
      agendaSource({ freeTitle: ' Rondvraag ', freeDescription: 'Wat verder ter tafel komt' }, NOW),
    ).toEqual({ kind: 'FREE', title: 'Rondvraag', description: 'Wat verder ter tafel komt' });
    expect(() => agendaSource({}, NOW)).toThrow();
    expect(() => agendaSource({ boardItemId: 'x', signalId: 's' }, NOW)).toThrow();
    expect(() => agendaSource({ wishesYear: YEAR + 5 }, NOW)).toThrow();
    expect(() => agendaSource({ freeTitle: 'Alleen een titel' }, NOW)).toThrow();
  });

  it('changes only a planned meeting’s agenda', () => {
    expect(() => assertAgendaChangeAllowed('GEPLAND')).not.toThrow();
    expect(() => assertAgendaChangeAllowed('GEHOUDEN')).toThrow(/held/);
  });

  it('orders the agenda with every item exactly once', () => {
    expect(checkAgendaOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([]);
    expect(fields(checkAgendaOrder(['a', 'b'], ['a']))).toEqual(['boardItemIds']);
    expect(fields(checkAgendaOrder(['a', 'b'], ['a', 'a']))).toEqual(['boardItemIds']);
    expect(fields(checkAgendaOrder(['a', 'b'], ['a', 'z']))).toEqual(['boardItemIds']);
  });

  it('records minutes with names and a minute per item on the agenda', () => {
    const ok = {
      attendance: [{ name: 'J. de Vries', party: 'politie', present: true }],
      minutes: 'De vergadering stemt in.',
      itemMinutes: [{ boardItemId: 'a', minute: 'Besproken.' }],
    };
    expect(checkMinutes(ok, ['a'])).toEqual([]);
    expect(
      fields(
        checkMinutes(
          {
            ...ok,
            attendance: [{ name: '', present: false }],
            minutes: '',
            itemMinutes: [{ boardItemId: 'z', minute: '' }],
          },
          ['a'],
        ),
      ),
    ).toEqual(['input.attendance.0.name', 'input.minutes', 'input.itemMinutes.0.boardItemId']);
  });
});
