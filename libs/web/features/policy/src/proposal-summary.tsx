import { useTranslation } from 'react-i18next';
import type { ProposalFieldsFragment } from '@mkib/web-data-access';
import { DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { ChangeLines, usePartyName } from './labels';

/**
 * What a proposal is about, for the LMS, the hoofdgebruikers and the boards alike: state, rationale, trigger,
 * the text changes, the changes of the common requirements it carries, and the consultation's responses.
 */
export function ProposalSummary(props: {
  proposal: ProposalFieldsFragment;
  level?: 3 | 4;
  showResponses?: boolean;
}) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const p = props.proposal;
  const level = props.level ?? 3;
  const sub = (level + 1) as 4 | 5;
  const carried = [
    ...(p.carried.bbnProfile
      ? [t('policy.proposals.carriedProfile', { rationale: p.carried.bbnProfile.rationale })]
      : []),
    ...p.carried.frameworkImports.map((f) =>
      t('policy.proposals.carriedImport', { code: f.code, mode: t(`importWizard.modes.${f.mode}`) }),
    ),
    ...p.carried.supplementaryMeasures.map((s) =>
      t('policy.proposals.carriedSupplementary', { facility: s.facilityCode }),
    ),
  ];
  return (
    <div data-proposal={p.number}>
      <Paragraph>
        <strong>{t(`policy.states.${p.state}`)}</strong> — {t('policy.proposals.trigger')}: {p.trigger.label}
      </Paragraph>
      <Paragraph className="mkib-muted">
        {t('policy.proposals.drafted', { by: p.draftedBy, at: p.draftedAt.slice(0, 10) })}{' '}
        {t('policy.proposals.baseVersion', { version: p.baseVersion })}{' '}
        {p.respondBy && t('policy.proposals.respondBy', { date: p.respondBy })}
      </Paragraph>
      {p.adoptedVersion && (
        <Paragraph>{t('policy.proposals.adoptedVersion', { version: p.adoptedVersion.version })}</Paragraph>
      )}
      {p.withdrawReason && (
        <Paragraph>{t('policy.proposals.withdrawn', { reason: p.withdrawReason })}</Paragraph>
      )}
      <Heading level={sub}>{t('policy.proposals.rationale')}</Heading>
      <Paragraph>{p.rationale}</Paragraph>
      <Heading level={sub}>{t('policy.changesCaption')}</Heading>
      {p.changes.length === 0 ? (
        <Paragraph>{t('policy.proposals.noChanges')}</Paragraph>
      ) : (
        <ChangeLines
          lines={p.changes}
          caption={t('policy.proposals.detail', { number: p.number, title: p.title })}
        />
      )}
      {carried.length > 0 && (
        <>
          <Heading level={sub}>{t('policy.proposals.carried')}</Heading>
          <ul>
            {carried.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {props.showResponses !== false && p.state !== 'DRAFT' && (
        <>
          <Heading level={sub}>{t('policy.proposals.responses')}</Heading>
          {p.responses.length === 0 ? (
            <Paragraph>{t('policy.proposals.noResponses')}</Paragraph>
          ) : (
            <DataTable
              caption={t('policy.proposals.responsesCaption')}
              rows={p.responses}
              rowKey={(r) => r.party}
              rowProps={(r) => ({ 'data-response': r.party })}
              columns={[
                { header: t('policy.proposals.party'), cell: (r) => partyName(r.party) },
                { header: t('policy.proposals.position'), cell: (r) => t(`policy.positions.${r.position}`) },
                { header: t('policy.proposals.reasons'), cell: (r) => r.reasons || t('policy.none') },
                {
                  header: t('policy.proposals.respondedBy'),
                  cell: (r) => `${r.respondedBy} (${r.respondedAt.slice(0, 10)})`,
                },
              ]}
            />
          )}
          {p.state === 'CONSULTATION' && p.awaitingResponse.length > 0 && (
            <Paragraph data-testid="awaiting">
              {t('policy.proposals.awaiting', { parties: p.awaitingResponse.map(partyName).join(', ') })}
            </Paragraph>
          )}
        </>
      )}
    </div>
  );
}
