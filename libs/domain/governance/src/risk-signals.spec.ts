import { RiskAnalysisFinalisedFacts, riskAnalysisSignals } from './smb-signals';
import { remindersInWindow } from './reminders';

const facts = (over: Partial<RiskAnalysisFinalisedFacts> = {}): RiskAnalysisFinalisedFacts => ({
  number: 'RA-1-001',
  title: 'GMS beschikbaarheid',
  kind: 'REGULIER',
  scope: 'GEDEELDE_VOORZIENING',
  ownerParty: 'lms',
  facilityCodes: ['GMS'],
  dueDate: null,
  late: false,
  pastDeadlineNote: null,
  missingResponses: [],
  supplementaryMeasures: [],
  ...over,
});

describe('the SMB signals of a final risk analysis', () => {
  it('signals the LMS analysis of a shared facility as final', () => {
    expect(riskAnalysisSignals(facts())).toEqual([
      {
        kind: 'RISICOANALYSE_DEFINITIEF',
        summary: 'Risicoanalyse RA-1-001 voor GMS is definitief: GMS beschikbaarheid.',
      },
    ]);
  });

  it('signals a supplementary analysis as completed, and a late one past the deadline quoting the note', () => {
    const signals = riskAnalysisSignals(
      facts({
        kind: 'AANVULLEND',
        late: true,
        dueDate: 'D',
        pastDeadlineNote: ' Ambulance reageerde niet ',
        missingResponses: ['ambulance'],
      }),
    );
    expect(signals.map((s) => s.kind)).toEqual(['AANVULLENDE_ANALYSE_AFGEROND', 'RISICOANALYSE_NA_DEADLINE']);
    expect(signals[0].summary).toMatch(/geen aanvullende maatregelen voorgesteld/);
    expect(signals[1].summary).toBe(
      'Risicoanalyse RA-1-001 voor GMS is na de termijn definitief gemaakt (termijn D). ' +
        'Geen reactie van: ambulance. Toelichting LMS: "Ambulance reageerde niet"',
    );
  });

  it('claims a proposal to the BMB only when the event carries supplementary measures', () => {
    const [signal] = riskAnalysisSignals(
      facts({ kind: 'AANVULLEND', supplementaryMeasures: [{ measures: [{ identifier: '5.15' }] }] }),
    );
    expect(signal.summary).toMatch(/gaan als wijzigingsvoorstel naar het BMB/);
  });

  it('keeps a party’s own analysis to itself unless late, and then names only number, party and facility', () => {
    const own = facts({
      scope: 'EIGEN_GEBRUIK',
      ownerParty: 'politie',
      title: 'Geheim',
      facilityCodes: ['GMS', 'C2000'],
    });
    expect(riskAnalysisSignals(own)).toEqual([]);
    const late = riskAnalysisSignals({ ...own, late: true, pastDeadlineNote: 'Geheime toelichting' });
    expect(late).toEqual([
      {
        kind: 'RISICOANALYSE_NA_DEADLINE',
        summary: 'Risicoanalyse RA-1-001 van politie (GMS, C2000) is na de termijn definitief gemaakt.',
      },
    ]);
    expect(late[0].summary).not.toMatch(/Geheim/);
  });
});

describe('risk consultation reminders', () => {
  const day = (d: number) => new Date(Date.UTC(2001, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const task = (party: string, deadline: string) => ({
    milestone: 'RISICOCONSULTATIE' as const,
    party,
    deadline,
    subjectId: `a-${party}`,
    title: 'RA-1-001: GMS',
  });

  it('reminds every day from 14 days before the deadline and every day after it', () => {
    const today = day(100);
    const due = remindersInWindow(
      [
        task('a', day(115)),
        task('b', day(114)),
        task('c', day(105)),
        task('d', day(100)),
        task('e', day(99)),
      ],
      {},
      today,
    );
    expect(due.map((r) => [r.party, r.kind, r.daysLeft])).toEqual([
      ['e', 'VERLOPEN', -1],
      ['d', 'VOORAF', 0],
      ['c', 'VOORAF', 5],
      ['b', 'VOORAF', 14],
    ]);
    expect(due[3]).toEqual({
      id: expect.stringMatching(/^r[0-9a-f]{16}$/),
      milestone: 'RISICOCONSULTATIE',
      party: 'b',
      deadline: day(114),
      kind: 'VOORAF',
      daysLeft: 14,
      subjectId: 'a-b',
      title: 'RA-1-001: GMS',
    });
  });
});
