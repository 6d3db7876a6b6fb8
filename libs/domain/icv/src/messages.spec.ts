import { DomainError } from '@mkib/domain-shared';
import { checkAssessmentEntry } from './assessment';
import { checkEvidence } from './evidence';
import { sign } from './icv';
import { checkMedegebruikerReport } from './medegebruiker-report';
import { icvMessage, icvMessages } from './messages';

describe('the icv messages', () => {
  it('give every problem a key and parameters next to the plain { field, message } the API returns', () => {
    const [problem] = checkAssessmentEntry({ status: 'NIET_VAN_TOEPASSING', justification: 'nvt' });
    expect(problem).toEqual({
      field: 'input.justification',
      message: 'explain in at least 10 characters why the measure does not apply',
    });
    expect(problem.key).toBe('icv.assessment.justificationMin');
    expect(problem.params).toEqual({ min: 10 });
    expect(JSON.stringify(problem)).toBe(JSON.stringify({ field: problem.field, message: problem.message }));
  });

  it('key every refusal of the state machine', () => {
    try {
      sign(
        {
          state: 'VOORBEREID',
          version: 1,
          statement: 'IN_CONTROL',
          exceptions: [],
          preparedBy: 'x@politie',
          signedBy: null,
        },
        'x@politie',
      );
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as DomainError).key).toBe('icv.fourEyes');
      expect((e as DomainError).params).toEqual({ actor: 'x@politie' });
    }
  });

  it('use the shared field rules where the rule is a shared one', () => {
    const now = new Date();
    const year = now.getUTCFullYear();
    const problems = checkMedegebruikerReport({ year: 1990, status: 'BIJNA', summary: 'kort' }, now);
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['input.year', 'field.between'],
      ['input.status', 'field.oneOf'],
      ['input.summary', 'icv.medegebruikerReport.summaryMin'],
    ]);
    expect(problems[0].message).toBe(`must be between ${year - 2} and ${year + 1}`);
  });

  it('key every evidence problem', () => {
    const problems = checkEvidence({
      filename: 'x.exe',
      contentType: 'application/x-msdownload',
      bytes: new Uint8Array(),
    });
    expect(problems.every((p) => p.key && p.key in icvMessages)).toBe(true);
    expect(icvMessage.text('icv.evidence.tooLarge', { size: 2, max: 1 })).toBe(
      'the file is 2 bytes; at most 1 bytes (1.5 MB)',
    );
  });
});
