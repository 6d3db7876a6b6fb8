/**
 * Signals on the SMB's monitoring feed (SK-3.3): things that happened elsewhere in the system that the
 * Strategisch Meldkamer Beraad should know about.
 */
export type SmbSignalKind = 'BBN_VERHOOGD';

export interface BbnRaisedFacts {
  facilityCode: string;
  previousBbn: number;
  newBbn: number;
}

export function bbnRaisedSignal(facts: BbnRaisedFacts): { kind: SmbSignalKind; summary: string } {
  return {
    kind: 'BBN_VERHOOGD',
    summary:
      `BBN van ${facts.facilityCode} verhoogd van ${facts.previousBbn} naar ${facts.newBbn}; ` +
      'een aanvullende risicoanalyse is vereist.',
  };
}
