/**
 * Signals on the SMB's monitoring feed (SK-3.3): things that happened elsewhere in the system that the
 * Strategisch Meldkamer Beraad should know about.
 */
export type SmbSignalKind =
  | 'BBN_VERHOOGD'
  | 'RISICOANALYSE_DEFINITIEF'
  | 'AANVULLENDE_ANALYSE_AFGEROND'
  | 'RISICOANALYSE_NA_DEADLINE';

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

/** What governance reads of a final risk analysis (risk.analysis.finalised). */
export interface RiskAnalysisFinalisedFacts {
  number: string;
  title: string;
  kind: 'REGULIER' | 'AANVULLEND';
  scope: 'GEDEELDE_VOORZIENING' | 'EIGEN_GEBRUIK';
  ownerParty: string;
  facilityCodes: string[];
  dueDate: string | null;
  late: boolean;
  pastDeadlineNote: string | null;
  missingResponses: string[];
  /** The supplementary measures the event carries: a proposal goes to the BMB only when there are some. */
  supplementaryMeasures: { measures: readonly unknown[] }[];
}

/**
 * The signals a final risk analysis gives the SMB (SK-4.2, SK-4.3): the LMS's analysis of a shared
 * facility (RISICOANALYSE_DEFINITIEF, or AANVULLENDE_ANALYSE_AFGEROND for a supplementary one, whose
 * measures go to the BMB as a policy change), and RISICOANALYSE_NA_DEADLINE when it was finalised late,
 * quoting the LMS's note. A party's own analysis (EIGEN_GEBRUIK) is its own business (SK-T3): only a
 * late one is signalled, and then by number, party and facility alone.
 */
export function riskAnalysisSignals(
  facts: RiskAnalysisFinalisedFacts,
): { kind: SmbSignalKind; summary: string }[] {
  const facilities = facts.facilityCodes.join(', ');
  if (facts.scope === 'EIGEN_GEBRUIK') {
    if (!facts.late) return [];
    return [
      {
        kind: 'RISICOANALYSE_NA_DEADLINE',
        summary: `Risicoanalyse ${facts.number} van ${facts.ownerParty} (${facilities}) is na de termijn definitief gemaakt.`,
      },
    ];
  }
  const signals: { kind: SmbSignalKind; summary: string }[] = [
    facts.kind === 'AANVULLEND'
      ? {
          kind: 'AANVULLENDE_ANALYSE_AFGEROND',
          summary:
            `Aanvullende risicoanalyse ${facts.number} voor ${facilities} is afgerond: ${facts.title}. ` +
            (facts.supplementaryMeasures.some((s) => s.measures.length > 0)
              ? 'De aanvullende maatregelen gaan als wijzigingsvoorstel naar het BMB.'
              : 'Er zijn geen aanvullende maatregelen voorgesteld.'),
        }
      : {
          kind: 'RISICOANALYSE_DEFINITIEF',
          summary: `Risicoanalyse ${facts.number} voor ${facilities} is definitief: ${facts.title}.`,
        },
  ];
  if (facts.late) {
    const missing = facts.missingResponses.length
      ? ` Geen reactie van: ${facts.missingResponses.join(', ')}.`
      : '';
    const note = facts.pastDeadlineNote?.trim() ? ` Toelichting LMS: "${facts.pastDeadlineNote.trim()}"` : '';
    const due = facts.dueDate ? ` (termijn ${facts.dueDate})` : '';
    signals.push({
      kind: 'RISICOANALYSE_NA_DEADLINE',
      summary: `Risicoanalyse ${facts.number} voor ${facilities} is na de termijn definitief gemaakt${due}.${missing}${note}`,
    });
  }
  return signals;
}
