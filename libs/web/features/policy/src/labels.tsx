import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import type { PolicyChangeLineFieldsFragment } from '@mkib/web-data-access';
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

/** A diff line's subject in words: `RISK_MANAGEMENT/politie` → "Risicomanagement / Politie". */
export function useLineSubject() {
  const { t } = useTranslation();
  const partyName = usePartyName();
  return (line: Pick<PolicyChangeLineFieldsFragment, 'part' | 'key'>) => {
    if (line.part === 'RESPONSIBILITY') {
      const [process, party] = line.key.split('/');
      return `${t(`policy.processes.${process}`, { defaultValue: process })} / ${partyName(party)}`;
    }
    if (line.part === 'REQUIREMENTS' && line.key === 'bbnProfileVersion')
      return t('policy.parts.REQUIREMENTS');
    return line.key;
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
