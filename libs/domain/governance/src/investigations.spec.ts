import {
  assertInstructionFollowsAdvice,
  assertReportAllowed,
  checkInvestigationProposal,
  checkReportFile,
  checkReportFindings,
  checkStandaloneInstruction,
  investigationItemTitle,
  investigationStateAfterDecision,
  isBase64,
  MAX_REPORT_BYTES,
  normaliseReportFilename,
} from './investigations';

const today = `${new Date().getUTCFullYear()}-06-15`; // this year's 15 June: the rules receive it
const later = today.slice(0, 4) + '-12-31';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]);

describe('investigations', () => {
  it('takes a complete proposal and refuses empty fields and a due date in the past', () => {
    expect(
      checkInvestigationProposal(
        {
          title: 'Werking beleid',
          scope: 'Hoe werkt het beleid in de praktijk',
          investigator: 'Bureau X',
          dueDate: later,
        },
        today,
      ),
    ).toEqual([]);
    expect(
      fields(
        checkInvestigationProposal({ title: '', scope: 'kort', investigator: '', dueDate: 'morgen' }, today),
      ),
    ).toEqual(['input.title', 'input.scope', 'input.investigator', 'input.dueDate']);
    const past = today.slice(0, 4) + '-01-01';
    expect(
      checkInvestigationProposal(
        { title: 'Titel', scope: 'Een echte scope', investigator: 'Bureau', dueDate: past },
        today,
      )[0].key,
    ).toBe('governance.dueDatePast');
  });

  it('is commissioned by AANVAARD (with or without aanwijzing) and not by NIET_AANVAARD', () => {
    expect(investigationStateAfterDecision('AANVAARD')).toBe('IN_UITVOERING');
    expect(investigationStateAfterDecision('AANVAARD_MET_AANWIJZING')).toBe('IN_UITVOERING');
    expect(investigationStateAfterDecision('NIET_AANVAARD')).toBe('NIET_VERLEEND');
    expect(investigationItemTitle(' Werking ')).toBe('Onderzoek: Werking');
  });

  it('takes a report only while commissioned', () => {
    expect(() => assertReportAllowed('IN_UITVOERING')).not.toThrow();
    for (const state of ['VOORGESTELD', 'NIET_VERLEEND'] as const)
      expect(() => assertReportAllowed(state)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', key: 'governance.investigation.notCommissioned' }),
      );
    expect(() => assertReportAllowed('AFGEROND')).toThrow(
      expect.objectContaining({ key: 'governance.investigation.completedAlready' }),
    );
  });

  it('checks report files: type, size, content and name', () => {
    expect(checkReportFile({ filename: 'rapport.pdf', contentType: 'application/pdf', bytes: pdf })).toEqual(
      [],
    );
    expect(
      fields(checkReportFile({ filename: 'x.exe', contentType: 'application/x-msdownload', bytes: pdf })),
    ).toEqual(['input.report.contentType']);
    expect(
      checkReportFile({ filename: 'r.pdf', contentType: 'application/pdf', bytes: new Uint8Array() })[0].key,
    ).toBe('governance.report.empty');
    expect(
      checkReportFile({
        filename: 'r.pdf',
        contentType: 'application/pdf',
        bytes: new Uint8Array(MAX_REPORT_BYTES + 1),
      })[0].key,
    ).toBe('governance.report.tooLarge');
    expect(
      checkReportFile({
        filename: 'r.pdf',
        contentType: 'application/pdf',
        bytes: new TextEncoder().encode('<html>'),
      })[0].key,
    ).toBe('governance.report.contentMismatch');
    expect(checkReportFile({ filename: 'r.txt', contentType: 'application/pdf', bytes: pdf })[0].key).toBe(
      'governance.report.extension',
    );
    expect(
      checkReportFile({ filename: '../etc/r.pdf', contentType: 'application/pdf', bytes: pdf })[0].key,
    ).toBe('governance.report.filename');
    expect(normaliseReportFilename(' ..rap\u202Eport<1>.pdf ')).toBe('rapport_1_.pdf');
    expect(Array.from(normaliseReportFilename('a'.repeat(500) + '.pdf'))).toHaveLength(200);
    expect(isBase64('JVBERi0=')).toBe(true);
    expect(isBase64('not base64!')).toBe(false);
  });

  it('normalises findings: new ones get an id, existing ones keep theirs, unknown ids are refused', () => {
    let n = 0;
    const newId = () => `new-${++n}`;
    const ok = checkReportFindings(
      {
        summary: 'Het beleid werkt grotendeels.',
        findings: [
          { text: 'Bevinding een', followUp: ' Opvolgen ' },
          { id: 'f1', text: 'Bevinding twee', state: 'AFGEHANDELD' },
        ],
      },
      ['f1'],
      newId,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.findings).toEqual([
      { id: 'new-1', text: 'Bevinding een', followUp: 'Opvolgen', state: 'OPEN' },
      { id: 'f1', text: 'Bevinding twee', followUp: null, state: 'AFGEHANDELD' },
    ]);
    const bad = checkReportFindings(
      { summary: '', findings: [{ id: 'zz', text: '', state: 'KLAAR' }] },
      [],
      newId,
    );
    expect(fields(bad.problems)).toEqual([
      'input.summary',
      'input.findings.0.text',
      'input.findings.0.state',
      'input.findings.0.id',
    ]);
  });

  it('checks a standalone aanwijzing and that it follows advice', () => {
    expect(
      checkStandaloneInstruction(
        { description: 'Herstel de back-up', dueDate: later, reason: 'Advies van het SMB' },
        today,
      ),
    ).toEqual([]);
    expect(fields(checkStandaloneInstruction({ description: '', dueDate: '', reason: '' }, today))).toEqual([
      'input.description',
      'input.dueDate',
      'input.reason',
    ]);
    expect(() => assertInstructionFollowsAdvice({ advised: false })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'governance.instruction.notAdvised' }),
    );
    expect(() => assertInstructionFollowsAdvice({ advised: true })).not.toThrow();
  });
});
