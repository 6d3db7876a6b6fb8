import {
  calendarForm,
  calendarInput,
  calendarProblems,
  consolidationInput,
  euros,
  initialDispositions,
  parseEuros,
  submitsWishes,
  timeline,
  undisposed,
  wishesPerParty,
  wishProblems,
  yearChoices,
} from './bbp-rules';

/** Dates from the clock (never literal): `isoDay(n)` is today plus n days, `currentYear()` this year (UTC). */
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const currentYear = () => new Date().getUTCFullYear();

const year = currentYear();
/** A day of `year`: month and day, never a literal date. */
const day = (month: number, d: number, y = year) =>
  `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const entry = (date: string, label = date) => ({ milestone: 'SMB_VERGADERING', date, label });

describe('the calendar timeline', () => {
  it('puts the entries in date order with today between the past and the rest', () => {
    const today = isoDay();
    const items = timeline([entry(isoDay(10)), entry(isoDay(-5)), entry(today), entry(isoDay(-40))], today);
    expect(items.map((i) => (i.kind === 'today' ? 'Vandaag' : `${i.entry.date}:${i.when}`))).toEqual([
      `${isoDay(-40)}:past`,
      `${isoDay(-5)}:past`,
      'Vandaag',
      `${today}:today`,
      `${isoDay(10)}:future`,
    ]);
  });

  it('marks today last in a past year and first in a future year, and alone in an empty one', () => {
    const today = isoDay();
    expect(timeline([entry(isoDay(-400)), entry(isoDay(-380))], today).at(-1)).toEqual({
      kind: 'today',
      date: today,
    });
    expect(timeline([entry(isoDay(400))], today)[0]).toEqual({ kind: 'today', date: today });
    expect(timeline([], today)).toEqual([{ kind: 'today', date: today }]);
  });
});

describe('the years offered', () => {
  it('are last, this and next year and every opened one, newest first, once each', () => {
    expect(yearChoices(year, [year, year - 3])).toEqual([year + 1, year, year - 1, year - 3]);
  });
});

describe('the calendar form', () => {
  const valid = () => ({
    ...calendarForm(year),
    wishesDeadline: day(3, 1),
    progressReportMoments: [day(9, 30), day(4, 30)],
    smbMeetings: [day(5, 20), ''],
    bmbMeetings: [day(6, 10)],
    adoptionDate: day(6, 10),
  });

  it('starts empty with one field per list, or from the opened year and its ICV cycle', () => {
    expect(calendarForm(year)).toMatchObject({ year, progressReportMoments: [''], withIcvCycle: false });
    const opened = {
      wishesDeadline: day(3, 1),
      progressReportMoments: [day(4, 30)],
      smbMeetings: [day(5, 20)],
      bmbMeetings: [day(6, 10)],
      adoptionDate: day(6, 10),
    };
    const cycle = {
      medegebruikerRapportages: day(1, 15),
      icvIndiening: day(2, 15),
      smbVergadering: day(3, 10),
      bmbVergadering: day(4, 5),
    };
    expect(calendarForm(year, opened, cycle)).toMatchObject({ ...opened, icvCycle: cycle });
  });

  it('has no problems when every rule holds, and sends sorted dates without empty fields', () => {
    expect(calendarProblems(valid())).toEqual([]);
    expect(calendarInput(valid())).toEqual({
      year,
      wishesDeadline: day(3, 1),
      progressReportMoments: [day(4, 30), day(9, 30)],
      smbMeetings: [day(5, 20)],
      bmbMeetings: [day(6, 10)],
      adoptionDate: day(6, 10),
      icvCycle: null,
    });
  });

  it('asks for every date, in the year, and at least one of each meeting and moment', () => {
    expect(calendarProblems(calendarForm(year))).toEqual([
      { field: 'wishesDeadline', key: 'required' },
      { field: 'adoptionDate', key: 'required' },
      { field: 'progressReportMoments', key: 'atLeastOne' },
      { field: 'smbMeetings', key: 'atLeastOne' },
      { field: 'bmbMeetings', key: 'atLeastOne' },
    ]);
    expect(calendarProblems({ ...valid(), wishesDeadline: day(3, 1, year + 1) })).toEqual([
      { field: 'wishesDeadline', key: 'inYear' },
    ]);
    expect(calendarProblems({ ...valid(), smbMeetings: [day(2, 30)] })).toEqual([
      { field: 'smbMeetings', key: 'date' },
    ]);
  });

  it('wants the wishes deadline before the adoption, at a BMB meeting or after the last SMB meeting', () => {
    expect(calendarProblems({ ...valid(), wishesDeadline: day(7, 1) })).toEqual([
      { field: 'wishesDeadline', key: 'deadlineBeforeAdoption' },
    ]);
    expect(calendarProblems({ ...valid(), adoptionDate: day(5, 1) })).toEqual([
      { field: 'adoptionDate', key: 'adoptionDate' },
    ]);
    expect(calendarProblems({ ...valid(), adoptionDate: day(6, 1) })).toEqual([]);
  });

  it('checks the ICV cycle only when asked, in the order of its deadlines', () => {
    const withCycle = {
      ...valid(),
      withIcvCycle: true,
      icvCycle: {
        medegebruikerRapportages: day(1, 15),
        icvIndiening: day(1, 10),
        smbVergadering: day(3, 10),
        bmbVergadering: '',
      },
    };
    expect(calendarProblems(withCycle)).toEqual([{ field: 'bmbVergadering', key: 'required' }]);
    const ordered = { ...withCycle, icvCycle: { ...withCycle.icvCycle, bmbVergadering: day(4, 5) } };
    expect(calendarProblems(ordered)).toEqual([{ field: 'icvIndiening', key: 'order' }]);
    const fine = { ...ordered, icvCycle: { ...ordered.icvCycle, icvIndiening: day(2, 15) } };
    expect(calendarProblems(fine)).toEqual([]);
    expect(calendarInput(fine).icvCycle).toEqual({ year: year - 1, ...fine.icvCycle });
  });
});

describe('wishes', () => {
  it('are submitted by the security officer or accountable official of a party of art. 1e, and the LMS', () => {
    expect(submitsWishes({ party: 'politie', roles: ['security-officer'] })).toBe(true);
    expect(submitsWishes({ party: 'jenv', roles: ['accountable-official'] })).toBe(true);
    expect(submitsWishes({ party: 'lms', roles: ['lms-operator'] })).toBe(true);
    expect(submitsWishes({ party: 'politie', roles: ['viewer'] })).toBe(false);
    expect(submitsWishes({ party: 'kmar', roles: ['security-officer'] })).toBe(false);
    expect(submitsWishes({ party: 'smb', roles: ['board-secretary'] })).toBe(false);
  });

  it('read whole euros as typed and write them the Dutch way', () => {
    expect(parseEuros('12.500')).toBe(12500);
    expect(parseEuros('€ 0')).toBe(0);
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('12,50')).toBeNull();
    expect(parseEuros('')).toBeNull();
    expect(euros(1234567)).toBe('€ 1.234.567');
    expect(euros(0)).toBe('€ 0');
  });

  it('need a subject, a reasoning and a cost', () => {
    expect(wishProblems({ subject: ' ', reasoning: '', estimatedCost: 'veel', priority: 'HOOG' })).toEqual([
      { field: 'subject', key: 'required' },
      { field: 'reasoning', key: 'required' },
      { field: 'estimatedCost', key: 'cost' },
    ]);
    expect(wishProblems({ subject: 'a', reasoning: 'b', estimatedCost: '1000', priority: 'LAAG' })).toEqual(
      [],
    );
  });
});

describe('the consolidation', () => {
  const politie = { code: 'politie', name: 'Politie' };
  const lms = { code: 'lms', name: 'LMS' };
  const wish = (id: string, party = politie, extra: object = {}) => ({
    id,
    party,
    estimatedCost: 100,
    late: false,
    withdrawn: false,
    disposition: null,
    dispositionNote: null,
    ...extra,
  });
  const wishes = [
    wish('w1', politie, { withdrawn: true }),
    wish('w2'),
    wish('w3', lms, { late: true, disposition: 'UITGESTELD', dispositionNote: 'volgend jaar' }),
  ];

  it('groups the wishes per party in the parties’ order, withdrawn last, with the total not withdrawn', () => {
    const groups = wishesPerParty(wishes, [lms, politie, { code: 'jenv', name: 'JenV' }]);
    expect(groups.map((g) => [g.party.code, g.wishes.map((w) => w.id), g.total])).toEqual([
      ['lms', ['w3'], 100],
      ['politie', ['w2', 'w1'], 100],
      ['jenv', [], 0],
    ]);
  });

  it('starts from the recorded dispositions and needs one for every wish not withdrawn', () => {
    const choices = initialDispositions(wishes);
    expect(Object.keys(choices)).toEqual(['w2', 'w3']);
    expect(undisposed(wishes, choices)).toEqual(['w2']);
    choices.w2 = { disposition: 'OPGENOMEN', note: '  ' };
    expect(undisposed(wishes, choices)).toEqual([]);
    expect(consolidationInput(year, ' De paragraaf. ', wishes, choices)).toEqual({
      year,
      paragraph: 'De paragraaf.',
      dispositions: [
        { wishId: 'w2', disposition: 'OPGENOMEN', note: null },
        { wishId: 'w3', disposition: 'UITGESTELD', note: 'volgend jaar' },
      ],
    });
  });
});
