/**
 * Whether a risk treatment is owed as a RISICOBEHANDELING reminder (issue 17), from what
 * `risk.treatment.changed` says: while OPEN; AFGEROND (reported done) and VERVALLEN (superseded by a newer
 * version of its analysis) end it. MITIGEREN is reminded as its icv finding (BEVINDING), and ACCEPTEREN has
 * nothing to do by a date (an acceptance has its own review date).
 */
export function treatmentReminderOwed(t: {
  kind: 'MITIGEREN' | 'ACCEPTEREN' | 'OVERDRAGEN' | 'VERMIJDEN';
  status: 'OPEN' | 'AFGEROND' | 'VERVALLEN';
}): boolean {
  return t.status === 'OPEN' && (t.kind === 'OVERDRAGEN' || t.kind === 'VERMIJDEN');
}
