import { treatmentReminderOwed } from './treatment-reminders';

describe('treatmentReminderOwed (RISICOBEHANDELING)', () => {
  it.each([
    ['OVERDRAGEN', 'OPEN', true],
    ['VERMIJDEN', 'OPEN', true],
    ['OVERDRAGEN', 'AFGEROND', false],
    ['VERMIJDEN', 'VERVALLEN', false],
    ['ACCEPTEREN', 'OPEN', false],
    ['MITIGEREN', 'OPEN', false],
  ] as const)('%s %s -> %s', (kind, status, owed) => {
    expect(treatmentReminderOwed({ kind, status })).toBe(owed);
  });
});
