import { DomainError } from '@mkib/domain-shared';
import {
  assertCalendarChangeAllowed,
  assertConsolidationAllowed,
  assertSubmitForAdoptionAllowed,
  assertWishRoundOpen,
  bbpCalendar,
  BbpCalendarDates,
  bbpStateAfterDecision,
  checkBbpCalendar,
  checkBbpIcvCycleYear,
  checkConsolidation,
  checkWish,
  normaliseBbpCalendar,
  percentOnTrack,
  PLAN_KEEPERS,
  progressRollUp,
  WISH_PARTIES,
  wishIsLate,
} from './bbp';
import { checkBoardDecision, decisionLabel } from './agenda-kinds';

// Pure rules; the year comes from the clock all the same, so no date here passes with time.
const year = new Date().getUTCFullYear();
const day = (y: number, md: string) => `${y}-${md}`;
const calendar: BbpCalendarDates = {
  wishesDeadline: day(year, '03-01'),
  progressReportMoments: [day(year, '09-30'), day(year, '05-31')],
  smbMeetings: [day(year, '10-15'), day(year, '04-15')],
  bmbMeetings: [day(year, '11-20')],
  adoptionDate: day(year, '11-20'),
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return [(e as DomainError).code, (e as DomainError).key];
  }
  return null;
};
const keys = (problems: { field: string; key?: string }[]) => problems.map((p) => [p.field, p.key]);

describe('[SK-3.2] the BBP year calendar', () => {
  it('takes a whole calendar of the previous, current or next year, lists in any order', () => {
    for (const y of [year - 1, year, year + 1]) {
      const shifted = JSON.parse(JSON.stringify(calendar).replaceAll(`${year}-`, `${y}-`));
      expect(checkBbpCalendar(y, shifted, year)).toEqual([]);
    }
    expect(keys(checkBbpCalendar(year + 2, calendar, year))).toEqual([
      ['input.year', 'governance.cycle.year'],
    ]);
  });

  it('keeps the lists sorted without a date twice', () => {
    const n = normaliseBbpCalendar({
      ...calendar,
      smbMeetings: [...calendar.smbMeetings, day(year, '04-15')],
    });
    expect(n.progressReportMoments).toEqual([day(year, '05-31'), day(year, '09-30')]);
    expect(n.smbMeetings).toEqual([day(year, '04-15'), day(year, '10-15')]);
  });

  it('needs every date in the year and at least one moment and meeting of each board', () => {
    const problems = checkBbpCalendar(
      year,
      {
        ...calendar,
        wishesDeadline: day(year - 1, '12-31'),
        progressReportMoments: [],
        smbMeetings: ['not a date'],
        bmbMeetings: [day(year + 1, '01-01')],
      },
      year,
    );
    expect(keys(problems)).toEqual([
      ['input.wishesDeadline', 'governance.cycle.dateInRange'],
      ['input.progressReportMoments', 'governance.bbp.atLeastOne'],
      ['input.smbMeetings.0', 'field.date'],
      ['input.bmbMeetings.0', 'governance.cycle.dateInRange'],
    ]);
  });

  it('takes at most two dates a month per list', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      day(year, `${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`),
    );
    expect(keys(checkBbpCalendar(year, { ...calendar, smbMeetings: many }, year))).toEqual([
      ['input.smbMeetings', 'governance.bbp.tooMany'],
    ]);
  });

  it('puts the wishes deadline before the adoption, and the adoption at a BMB meeting or after the last SMB one', () => {
    expect(keys(checkBbpCalendar(year, { ...calendar, wishesDeadline: day(year, '11-20') }, year))).toEqual([
      ['input.adoptionDate', 'field.dateAfter'],
    ]);
    // Not a BMB meeting, but after the last SMB meeting: fine.
    expect(checkBbpCalendar(year, { ...calendar, adoptionDate: day(year, '12-01') }, year)).toEqual([]);
    // Not a BMB meeting and before the SMB advised.
    expect(keys(checkBbpCalendar(year, { ...calendar, adoptionDate: day(year, '10-01') }, year))).toEqual([
      ['input.adoptionDate', 'governance.bbp.adoptionDate'],
    ]);
  });

  it('takes the ICV cycle of the year before only', () => {
    expect(checkBbpIcvCycleYear(year, year - 1)).toEqual([]);
    expect(keys(checkBbpIcvCycleYear(year, year))).toEqual([
      ['input.icvCycle.year', 'governance.bbp.icvCycleYear'],
    ]);
  });

  it('moves until the BMB adopted the BBP; then only future moments and meetings move', () => {
    const today = day(year, '06-15');
    const moved = (change: Partial<BbpCalendarDates>) => ({ ...calendar, ...change });
    const allowed = (state: 'VOORGELEGD' | 'VASTGESTELD', after: BbpCalendarDates) =>
      codeOf(() => assertCalendarChangeAllowed(year, state, calendar, after, today));
    expect(allowed('VOORGELEGD', moved({ wishesDeadline: day(year, '02-01') }))).toBeNull();
    expect(
      allowed('VOORGELEGD', moved({ smbMeetings: [day(year, '04-16'), day(year, '10-15')] })),
    ).toBeNull();
    // Adopted: the future moves (a progress moment, a meeting added), the past and the two BBP dates do not.
    expect(
      allowed('VASTGESTELD', moved({ progressReportMoments: [day(year, '05-31'), day(year, '10-31')] })),
    ).toBeNull();
    expect(
      allowed('VASTGESTELD', moved({ bmbMeetings: [day(year, '11-20'), day(year, '12-10')] })),
    ).toBeNull();
    expect(allowed('VASTGESTELD', moved({ wishesDeadline: day(year, '02-01') }))).toEqual([
      'CONFLICT',
      'governance.bbp.adoptedAlready',
    ]);
    expect(allowed('VASTGESTELD', moved({ adoptionDate: day(year, '11-21') }))).toEqual([
      'CONFLICT',
      'governance.bbp.adoptedAlready',
    ]);
    for (const change of [
      { smbMeetings: [day(year, '04-16'), day(year, '10-15')] }, // a past meeting moved
      { smbMeetings: [day(year, '10-15')] }, // dropped
      { bmbMeetings: [day(year, '06-01'), day(year, '11-20')] }, // added in the past
      { progressReportMoments: [day(year, '06-20'), day(year, '09-30')] }, // a past moment moved ahead
    ])
      expect(allowed('VASTGESTELD', moved(change))).toEqual(['CONFLICT', 'governance.bbp.pastDate']);
  });

  it('keeps a progress moment a report was received for (its date may move)', () => {
    const check = (moments: string[], highest: number) =>
      codeOf(() =>
        assertCalendarChangeAllowed(
          year,
          'OPEN',
          calendar,
          { ...calendar, progressReportMoments: moments },
          day(year, '01-02'),
          highest,
        ),
      );
    expect(check([day(year, '06-30'), day(year, '10-31')], 2)).toBeNull();
    expect(check([day(year, '06-30')], 1)).toBeNull();
    expect(check([day(year, '06-30'), day(year, '06-30')], 2)).toEqual([
      'CONFLICT',
      'governance.bbp.reportedMoment',
    ]);
  });
});

describe('[SK-3.2] the PDCA calendar', () => {
  const cycle = (y: number) => ({
    year: y,
    dates: {
      MEDEGEBRUIKER_RAPPORTAGES: day(y + 1, '01-15'),
      ICV_INDIENING: day(y + 1, '02-15'),
      SMB_VERGADERING: day(y + 1, '04-15'),
      BMB_VERGADERING: day(y + 1, '05-10'),
    },
  });

  it('lists the BBP milestones and the deadlines of the cycle of the year before that fall in the year, in date order', () => {
    const entries = bbpCalendar(year, normaliseBbpCalendar(calendar), [cycle(year - 1), cycle(year)]);
    expect(entries.map((e) => [e.date, e.milestone, e.label, e.cycleYear, e.period])).toEqual([
      [
        day(year, '01-15'),
        'MEDEGEBRUIKER_RAPPORTAGES',
        `Rapportages medegebruikers (cyclus ${year - 1})`,
        year - 1,
        null,
      ],
      [day(year, '02-15'), 'ICV_INDIENING', `ICV-indiening (cyclus ${year - 1})`, year - 1, null],
      [day(year, '03-01'), 'WENSEN', `Deadline wensen BBP ${year}`, null, null],
      [day(year, '04-15'), 'SMB_VERGADERING', 'SMB-vergadering', null, null],
      [
        day(year, '04-15'),
        'SMB_VERGADERING',
        `SMB-vergadering over de ICV’s (cyclus ${year - 1})`,
        year - 1,
        null,
      ],
      [
        day(year, '05-10'),
        'BMB_VERGADERING',
        `BMB-besluit over de ICV’s (cyclus ${year - 1})`,
        year - 1,
        null,
      ],
      [day(year, '05-31'), 'VOORTGANGSRAPPORTAGE', 'Voortgangsrapportage 1', null, 1],
      [day(year, '09-30'), 'VOORTGANGSRAPPORTAGE', 'Voortgangsrapportage 2', null, 2],
      [day(year, '10-15'), 'SMB_VERGADERING', 'SMB-vergadering', null, null],
      [day(year, '11-20'), 'BMB_VERGADERING', 'BMB-vergadering', null, null],
      [day(year, '11-20'), 'BBP_VASTSTELLING', `Vaststelling BBP ${year}`, null, null],
    ]);
  });

  it('shows the cycle deadlines alone while the BBP year is not opened', () => {
    expect(bbpCalendar(year, null, [cycle(year - 1)]).map((e) => e.milestone)).toEqual([
      'MEDEGEBRUIKER_RAPPORTAGES',
      'ICV_INDIENING',
      'SMB_VERGADERING',
      'BMB_VERGADERING',
    ]);
    expect(bbpCalendar(year, null, [])).toEqual([]);
  });
});

describe('[SK-3.4] the wishes round', () => {
  it('is for the parties of art. 1e and the LMS, each with how art. 1e names it', () => {
    expect(WISH_PARTIES.map((p) => p.party)).toEqual([
      'politie',
      'ambulance',
      'brandweer',
      'defensie',
      'jenv',
      'lms',
    ]);
    expect(WISH_PARTIES.every((p) => p.description.length > 5)).toBe(true);
  });

  it('accepts a late wish and marks it', () => {
    expect(wishIsLate(calendar.wishesDeadline, calendar.wishesDeadline)).toBe(false);
    expect(wishIsLate(day(year, '03-02'), calendar.wishesDeadline)).toBe(true);
  });

  it('needs a subject, a reasoning, a cost of 0 or more whole euros and a priority', () => {
    expect(checkWish({ subject: 'SIEM', reasoning: 'Detectie', estimatedCost: 0, priority: 'HOOG' })).toEqual(
      [],
    );
    expect(keys(checkWish({ subject: ' ', reasoning: '', estimatedCost: -1, priority: 'URGENT' }))).toEqual([
      ['input.subject', 'field.required'],
      ['input.reasoning', 'field.required'],
      ['input.estimatedCost', 'governance.wish.cost'],
      ['input.priority', 'field.oneOf'],
    ]);
    expect(keys(checkWish({ subject: 'x', reasoning: 'y', estimatedCost: 1.5, priority: 'LAAG' }))).toEqual([
      ['input.estimatedCost', 'governance.wish.cost'],
    ]);
  });

  it('is open until the consolidation; no year opened is a conflict that says so', () => {
    expect(codeOf(() => assertWishRoundOpen(year, 'OPEN'))).toBeNull();
    expect(codeOf(() => assertWishRoundOpen(year, null))).toEqual(['CONFLICT', 'governance.bbp.noRound']);
    for (const state of ['GECONSOLIDEERD', 'VOORGELEGD', 'VASTGESTELD', 'NIET_VASTGESTELD'] as const)
      expect(codeOf(() => assertWishRoundOpen(year, state))).toEqual([
        'CONFLICT',
        'governance.bbp.roundClosed',
      ]);
  });
});

describe('[SK-3.2] [SK-3.4] consolidation and adoption', () => {
  const wishes = [
    { id: 'a', party: 'politie', subject: 'SIEM', withdrawn: false },
    { id: 'b', party: 'lms', subject: 'Back-up', withdrawn: false },
    { id: 'c', party: 'jenv', subject: 'Ingetrokken', withdrawn: true },
  ];

  it('gives every wish not withdrawn one disposition, and none to another', () => {
    expect(
      checkConsolidation(
        {
          paragraph: 'Informatiebeveiligingsparagraaf',
          dispositions: [
            { wishId: 'a', disposition: 'OPGENOMEN' },
            { wishId: 'b', disposition: 'UITGESTELD', note: 'Volgend jaar' },
          ],
        },
        wishes,
      ),
    ).toEqual([]);
    expect(
      keys(
        checkConsolidation(
          {
            paragraph: '',
            dispositions: [
              { wishId: 'a', disposition: 'OPGENOMEN' },
              { wishId: 'a', disposition: 'NIET_OPGENOMEN' },
              { wishId: 'c', disposition: 'OPGENOMEN' },
              { wishId: 'x', disposition: 'MISSCHIEN' },
            ],
          },
          wishes,
        ),
      ),
    ).toEqual([
      ['input.paragraph', 'field.required'],
      ['input.dispositions.1.wishId', 'governance.wish.dispositionTwice'],
      ['input.dispositions.2.wishId', 'governance.wish.notInRound'],
      ['input.dispositions.3.wishId', 'governance.wish.notInRound'],
      ['input.dispositions.3.disposition', 'field.oneOf'],
      ['input.dispositions', 'governance.wish.dispositionMissing'],
    ]);
  });

  it('consolidates again until before the boards, then goes before them once', () => {
    expect(codeOf(() => assertConsolidationAllowed(year, 'OPEN'))).toBeNull();
    expect(codeOf(() => assertConsolidationAllowed(year, 'GECONSOLIDEERD'))).toBeNull();
    expect(codeOf(() => assertConsolidationAllowed(year, 'VOORGELEGD'))).toEqual([
      'CONFLICT',
      'governance.bbp.beforeBoardsAlready',
    ]);
    expect(codeOf(() => assertConsolidationAllowed(year, 'VASTGESTELD'))).toEqual([
      'CONFLICT',
      'governance.bbp.beforeBoardsAlready',
    ]);
    // Not adopted: consolidated again, then before the boards again (no dead end).
    expect(codeOf(() => assertConsolidationAllowed(year, 'NIET_VASTGESTELD'))).toBeNull();
    expect(codeOf(() => assertSubmitForAdoptionAllowed(year, 'NIET_VASTGESTELD'))).toEqual([
      'CONFLICT',
      'governance.bbp.rejectedConsolidate',
    ]);
    expect(codeOf(() => assertSubmitForAdoptionAllowed(year, 'OPEN'))).toEqual([
      'CONFLICT',
      'governance.bbp.notConsolidated',
    ]);
    expect(codeOf(() => assertSubmitForAdoptionAllowed(year, 'GECONSOLIDEERD'))).toBeNull();
    expect(codeOf(() => assertSubmitForAdoptionAllowed(year, 'VOORGELEGD'))).toEqual([
      'CONFLICT',
      'governance.bbp.beforeBoardsAlready',
    ]);
  });

  it('is adopted or not by the BMB, without an instruction', () => {
    expect(bbpStateAfterDecision('AANVAARD')).toBe('VASTGESTELD');
    expect(bbpStateAfterDecision('NIET_AANVAARD')).toBe('NIET_VASTGESTELD');
    for (const kind of ['BBP', 'PROGRESS_REPORTS'] as const) {
      expect(checkBoardDecision(kind, { decision: 'AANVAARD' })).toEqual([]);
      expect(keys(checkBoardDecision(kind, { decision: 'AANVAARD_MET_AANWIJZING' }))).toEqual([
        ['input.decision', 'governance.boardItem.decision'],
      ]);
    }
    expect(decisionLabel('BBP', 'AANVAARD')).toBe('vastgesteld');
    expect(decisionLabel('PROGRESS_REPORTS', 'AANVAARD')).toBe('voor kennisgeving aangenomen');
  });
});

describe('[SK-2.4] the progress roll-up across parties', () => {
  it('sums the reports received and names the plan keepers without one', () => {
    const r = progressRollUp([
      { party: 'politie', total: 10, done: 4, onTrack: 8, overdue: 2, withoutOwner: 1 },
      { party: 'lms', total: 5, done: 1, onTrack: 2, overdue: 3, withoutOwner: 0 },
    ]);
    expect(r).toEqual({
      total: 15,
      done: 5,
      onTrack: 10,
      overdue: 5,
      withoutOwner: 1,
      percentOnTrack: 66,
      missing: PLAN_KEEPERS.filter((p) => p !== 'politie' && p !== 'lms'),
    });
    expect(progressRollUp([]).percentOnTrack).toBe(100);
    expect(percentOnTrack({ total: 3, onTrack: 3 })).toBe(100);
  });
});
