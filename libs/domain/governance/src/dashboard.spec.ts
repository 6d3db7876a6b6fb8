import { bbnRaisedSignal, riskAnalysisSignals } from './smb-signals';
import {
  consultationCounts,
  facilitiesOfCompletedSupplementary,
  icvStandings,
  instructionAsOpen,
  openCounts,
  openSupplementaryAnalyses,
  reviewsDue,
} from './dashboard';

const today = '2000-06-15';
const parties = [
  { code: 'politie', kind: 'HOOFDGEBRUIKER' },
  { code: 'lms', kind: 'BEHEERDER' },
  { code: 'meldkamer-x', kind: 'MEDEGEBRUIKER' },
  { code: 'smb', kind: 'BESTUURSORGAAN' },
];
const item = (party: string, version: number, patch: object = {}) => ({
  party,
  version,
  superseded: false,
  advice: null,
  decision: null,
  ...patch,
});

describe('SMB dashboard rules (SK-3.3)', () => {
  it('lists the hoofdgebruikers and the LMS, not the co-users or the boards', () => {
    const rows = icvStandings({ year: 2000, parties, items: [], icvDeadline: null, today });
    expect(rows.map((r) => r.partyCode)).toEqual(['politie', 'lms']);
    expect(rows.every((r) => r.standing === 'NIET_INGEDIEND' && !r.overdue)).toBe(true);
  });

  it('takes the newest non-superseded version: submitted, advised, decided', () => {
    const standing = (items: ReturnType<typeof item>[]) =>
      icvStandings({ year: 2000, parties, items, icvDeadline: '2000-04-01', today })[0];
    expect(standing([item('politie', 1)])).toMatchObject({ standing: 'INGEDIEND', overdue: false });
    expect(standing([item('politie', 1, { advice: 'POSITIEF' })]).standing).toBe('GEADVISEERD');
    expect(
      standing([
        item('politie', 1, { superseded: true, decision: 'NIET_AANVAARD', advice: 'NEGATIEF' }),
        item('politie', 2, { advice: 'POSITIEF', decision: 'AANVAARD_MET_AANWIJZING' }),
      ]),
    ).toMatchObject({ standing: 'BESLOTEN', decision: 'AANVAARD_MET_AANWIJZING' });
    expect(standing([item('politie', 1, { superseded: true })]).standing).toBe('NIET_INGEDIEND');
  });

  it('marks a missing ICV overdue only after the deadline day', () => {
    const overdue = (icvDeadline: string | null) =>
      icvStandings({ year: 2000, parties, items: [], icvDeadline, today })[0].overdue;
    expect(overdue('2000-06-14')).toBe(true);
    expect(overdue(today)).toBe(false);
    expect(overdue(null)).toBe(false);
  });

  it('counts open and overdue per party; an aanwijzing reported done is open but not overdue', () => {
    const counts = openCounts(
      [
        instructionAsOpen({ party: 'politie', dueDate: '2000-06-01', state: 'OPEN' }),
        instructionAsOpen({ party: 'politie', dueDate: '2000-06-01', state: 'GEREED_GEMELD' }),
        instructionAsOpen({ party: 'kmar', dueDate: today, state: 'OPEN' }),
      ],
      today,
    );
    expect(counts).toEqual({
      open: 3,
      overdue: 1,
      byParty: [
        { partyCode: 'kmar', open: 1, overdue: 0 },
        { partyCode: 'politie', open: 2, overdue: 1 },
      ],
    });
  });

  it('shows the reviews due within the lead time or past, soonest first', () => {
    const due = reviewsDue(
      [
        { facilityCode: 'C2000', reviewDue: '2000-08-14' },
        { facilityCode: 'GMS', reviewDue: '2000-08-15' },
        { facilityCode: 'NMS', reviewDue: '2000-06-14' },
      ],
      60,
      today,
    );
    expect(due).toEqual([
      { facilityCode: 'NMS', reviewDue: '2000-06-14', overdue: true },
      { facilityCode: 'C2000', reviewDue: '2000-08-14', overdue: false },
    ]);
  });

  it('counts consultations open and overdue by their respond-by date', () => {
    expect(
      consultationCounts([{ respondBy: '2000-06-14' }, { respondBy: today }, { respondBy: null }], today),
    ).toEqual({ open: 3, overdue: 1 });
  });

  it('counts a raised facility open until a later supplementary analysis names it', () => {
    const raised = (code: string, at: string) => ({
      kind: 'BBN_VERHOOGD',
      subject: code,
      summary: bbnRaisedSignal({ facilityCode: code, previousBbn: 2, newBbn: 3 }).summary,
      occurredAt: at,
    });
    const completed = (codes: string[], at: string) => ({
      kind: 'AANVULLENDE_ANALYSE_AFGEROND',
      subject: 'RA-1',
      summary: riskAnalysisSignals({
        number: 'RA-1',
        title: 'Aanvullend',
        kind: 'AANVULLEND',
        scope: 'GEDEELDE_VOORZIENING',
        ownerParty: 'lms',
        facilityCodes: codes,
        dueDate: null,
        late: false,
        pastDeadlineNote: null,
        missingResponses: [],
        supplementaryMeasures: [],
      })[0].summary,
      occurredAt: at,
    });
    expect(
      facilitiesOfCompletedSupplementary(completed(['GMS', 'C2000'], '2000-01-01T00:00:00Z').summary),
    ).toEqual(['GMS', 'C2000']);
    expect(openSupplementaryAnalyses([raised('GMS', '2000-01-01T00:00:00Z')])).toBe(1);
    expect(
      openSupplementaryAnalyses([
        raised('GMS', '2000-01-01T00:00:00Z'),
        raised('GMS', '2000-02-01T00:00:00Z'),
        raised('NMS', '2000-01-01T00:00:00Z'),
        completed(['NMS'], '2000-03-01T00:00:00Z'),
      ]),
    ).toBe(1);
    expect(
      openSupplementaryAnalyses([
        completed(['GMS'], '2000-01-01T00:00:00Z'),
        raised('GMS', '2000-02-01T00:00:00Z'),
      ]),
    ).toBe(1);
  });
});
