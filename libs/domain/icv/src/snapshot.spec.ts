import { FixedClock } from '@mkib/domain-shared';
import { checkFindingProgress } from './assessment';
import { DescribedMeasure, findingsForYear, freezeAssessment, MeasureEntry } from './snapshot';

const clock = new FixedClock(new Date());
const year = clock.now().getUTCFullYear();
const measure = (identifier: string, facilities = ['GMS']): DescribedMeasure => ({
  frameworkCode: 'BIO2',
  identifier,
  facilities,
  title: `Titel ${identifier}`,
  text: `Tekst ${identifier}`,
  frameworkVersion: '2.0',
});
const entry = (status: MeasureEntry['status']): MeasureEntry => ({
  status,
  justification: null,
  assessedBy: 'security-officer@politie',
  assessedAt: clock.now().toISOString(),
});

describe('freezing a submitted assessment', () => {
  const icv = {
    id: 'icv-1',
    version: 1,
    party: 'politie',
    year,
    statement: 'IN_CONTROL_MET_UITZONDERINGEN' as const,
  };

  it('copies the measures with titles, texts and versions, statuses, evidence, figures and both statements', () => {
    const measures = [measure('5.01'), measure('5.02', ['GMS', 'OIS'])];
    const evidence = {
      id: 'e1',
      frameworkCode: 'BIO2',
      identifier: '5.02',
      filename: 'beleid.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
      sha256: 'ab',
      uploadedBy: 'security-officer@politie',
      uploadedAt: clock.now().toISOString(),
    };
    const s = freezeAssessment({
      icv,
      profileVersion: 3,
      measures,
      entries: new Map([
        ['BIO2:5.01', entry('GEIMPLEMENTEERD')],
        ['BIO2:5.02', entry('DEELS')],
      ]),
      evidence: [evidence],
      now: clock.now(),
    });
    expect(s).toEqual(
      expect.objectContaining({
        icvId: 'icv-1',
        version: 1,
        takenAt: clock.now().toISOString(),
        origin: 'SUBMISSION',
        profileVersion: 3,
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        proposedStatement: 'NIET_IN_CONTROL',
      }),
    );
    expect(s.progress).toEqual(
      expect.objectContaining({ applicable: 2, implemented: 1, partly: 1, percentImplemented: 50 }),
    );
    expect(s.byFacility.map((f) => [f.facilityCode, f.progress.applicable])).toEqual([
      ['GMS', 2],
      ['OIS', 1],
    ]);
    expect(s.measures[1]).toEqual({
      ...measures[1],
      status: 'DEELS',
      justification: null,
      assessedBy: 'security-officer@politie',
      assessedAt: clock.now().toISOString(),
      evidence: [evidence],
    });
    // A copy: changing what it was made of later does not change it.
    measures[1].title = 'Gewijzigd';
    measures[1].facilities.push('NOODNET');
    expect(s.measures[1].title).toBe('Titel 5.02');
    expect(s.measures[1].facilities).toEqual(['GMS', 'OIS']);
  });

  it('leaves unassessed measures without a status', () => {
    const s = freezeAssessment({
      icv,
      profileVersion: null,
      measures: [measure('5.01')],
      entries: new Map(),
      evidence: [],
      now: clock.now(),
    });
    expect(s.measures[0].status).toBeNull();
    expect(s.progress.assessed).toBe(0);
  });
});

describe('findings live on', () => {
  const f = (id: string, y: number, status: 'OPEN' | 'AFGEROND') => ({ id, year: y, status });

  it('shows a year its own findings and the open ones of earlier years, marked as carried over', () => {
    const findings = [
      f('old-open', year - 2, 'OPEN'),
      f('old-closed', year - 1, 'AFGEROND'),
      f('last-open', year - 1, 'OPEN'),
      f('own-closed', year, 'AFGEROND'),
      f('own-open', year, 'OPEN'),
      f('later', year + 1, 'OPEN'),
    ];
    expect(findingsForYear(findings, year).map((x) => [x.id, x.carriedOverFrom])).toEqual([
      ['old-open', year - 2],
      ['last-open', year - 1],
      ['own-closed', null],
      ['own-open', null],
    ]);
  });
});

describe('progress on a finding', () => {
  it('needs an action, an owner and a due date', () => {
    const due = `${year + 1}-03-31`;
    expect(checkFindingProgress({ action: 'Uitrollen', owner: 'CISO', dueDate: due })).toEqual([]);
    expect(
      checkFindingProgress({ action: ' ', owner: 'CISO', dueDate: 'morgen' }).map((p) => p.field),
    ).toEqual(['input.action', 'input.dueDate']);
  });
});
