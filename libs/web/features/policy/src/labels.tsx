import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import type {
  PolicyChangeLineFieldsFragment,
  ProposalFieldsFragment,
  ProposalTriggerDetailFragment,
} from '@mkib/web-data-access';
import { DataTable, Paragraph } from '@mkib/web-ui';
import { PARTY_NAMES } from './operations';

/** The five hoofdgebruikers the consultation asks, and the beheerder: the parties of the RACI table. */
export const RESPONSIBLE_PARTIES = ['lms', 'politie', 'brandweer', 'ambulance', 'kmar', 'defensie'] as const;

/** A party's name for its code (from the `parties` query); the code until the names are known. */
export function usePartyName(): (code: string | null | undefined) => string {
  const parties = useData(PARTY_NAMES, {}).data?.parties;
  return useCallback(
    (code) => (code ? (parties?.find((p) => p.code === code)?.name ?? code) : ''),
    [parties],
  );
}

/** A proposal as the lists have it: the trigger's record in full where the reader may see it. */
export type ProposalView = ProposalFieldsFragment & {
  trigger: Partial<ProposalTriggerDetailFragment['trigger']>;
};

/** A board decision in Dutch ("Aanvaard"), never its code. */
export function useDecisionLabel(): (decision: string | null | undefined) => string {
  const { t } = useTranslation();
  return (d) => (d ? t(`boards.decisions.${d}`, { defaultValue: d }) : t('policy.trigger.undecided'));
}

/**
 * A proposal's trigger in words, from its record (a jaaraanschrijving, a request, an ICV decision, an
 * instruction) with party names; the backend's label where the record is not at hand.
 */
export function useTriggerText() {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const decision = useDecisionLabel();
  return (trigger: ProposalView['trigger']) => {
    const kind = t(`policy.triggers.${trigger.kind}`);
    const { jaaraanschrijving: j, request: r, icvDecision: i, instruction: a } = trigger;
    const record = j
      ? t('policy.form.jaaraanschrijving', { year: j.year, reference: j.reference })
      : r
        ? t('policy.form.request', { party: partyName(r.party), subject: r.subject })
        : i
          ? t('policy.trigger.icvDecision', {
              title: i.title,
              party: partyName(i.party),
              decision: decision(i.decision),
            })
          : a
            ? t('policy.trigger.instruction', { party: partyName(a.party), description: a.description })
            : null;
    if (record) return `${kind}: ${record}`;
    return trigger.reference ? `${kind}: ${trigger.reference}` : trigger.label || kind;
  };
}

/** A line's key in words: the BBN profile, a framework, the re-calibration period; a norm/rule key as is. */
export function lineKey(
  t: (k: string, o?: Record<string, unknown>) => string,
  line: { part: string; key: string },
) {
  if (line.part === 'REQUIREMENTS')
    return line.key === 'bbnProfileVersion'
      ? t('policy.lineKeys.bbnProfileVersion')
      : t('policy.lineKeys.framework', { code: line.key });
  if (line.part === 'RELIABILITY' && line.key === 'recalibrationMonths')
    return t('policy.lineKeys.recalibrationMonths');
  return line.key;
}

/** A diff line's subject in words: `RISK_MANAGEMENT/politie` → "Risicomanagement / Politie". */
export function useLineSubject() {
  const { t } = useTranslation();
  const partyName = usePartyName();
  return (line: Pick<PolicyChangeLineFieldsFragment, 'part' | 'key'>) => {
    if (line.part === 'RESPONSIBILITY') {
      const [process, party] = line.key.split('/');
      return `${t(`policy.processes.${process}`, { defaultValue: process })} / ${partyName(party)}`;
    }
    return lineKey(t, line);
  };
}

/** What a proposal or a diff changes: one row per line, with the text before and after. */
export function ChangeLines(props: { lines: readonly PolicyChangeLineFieldsFragment[]; caption?: string }) {
  const { t } = useTranslation();
  const subject = useLineSubject();
  if (props.lines.length === 0) return <Paragraph>{t('policy.noChanges')}</Paragraph>;
  return (
    <DataTable
      caption={props.caption ?? t('policy.changesCaption')}
      rows={props.lines}
      rowKey={(l) => `${l.part}:${l.key}`}
      rowProps={(l) => ({ 'data-change': l.key, 'data-kind': l.change })}
      columns={[
        { header: t('policy.part'), cell: (l) => t(`policy.parts.${l.part}`) },
        { header: t('policy.key'), cell: (l) => subject(l) },
        { header: t('policy.change'), cell: (l) => t(`policy.changeKinds.${l.change}`) },
        {
          header: t('policy.before'),
          cell: (l) => l.before ?? t('policy.none'),
          cellProps: { 'data-column': 'before' },
        },
        {
          header: t('policy.after'),
          cell: (l) => l.after ?? t('policy.none'),
          cellProps: { 'data-column': 'after' },
        },
      ]}
    />
  );
}
