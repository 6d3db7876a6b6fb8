import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import { Alert, DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { ChangeLines, ProposalView, usePartyName, useTriggerText } from './labels';
import { CARRIED_PROFILE, POLICY_VERSION } from './operations';

type Carried = ProposalView['carried'];
type Measure = { frameworkCode: string; identifier: string; title?: string | null };
const ref = (m: Measure) => `${m.frameworkCode} ${m.identifier}`;
const named = (m: Measure) => (m.title ? `${ref(m)} ${m.title}` : ref(m));

/**
 * What a carried BBN profile changes: per level the measures it adds and removes against the profile in
 * force (each level lists the measures it introduces).
 */
function CarriedProfile(props: { id: string; rationale: string }) {
  const { t } = useTranslation();
  const data = useData(CARRIED_PROFILE, { id: props.id }).data;
  const current = data?.bbnProfile;
  const p = { rationale: props.rationale, levels: data?.changeProposal.carried.bbnProfile?.levels ?? [] };
  return (
    <div data-testid="carried-profile">
      <Paragraph>
        {t('policy.proposals.carriedProfileAgainst', {
          version: current?.version ?? '…',
          rationale: p.rationale,
        })}
      </Paragraph>
      {current && (
        <ul>
          {p.levels.map((l) => {
            const before = current.levels.find((c) => c.bbn === l.bbn)?.introduced ?? [];
            const was = new Set(before.map(ref));
            const now = new Set(l.introduced.map(ref));
            const added = l.introduced.filter((m) => !was.has(ref(m)));
            const removed = before.filter((m) => !now.has(ref(m)));
            return (
              <li key={l.bbn} data-bbn-level={l.bbn}>
                {t('policy.proposals.profileLevel', {
                  bbn: l.bbn,
                  added: added.length,
                  removed: removed.length,
                })}
                {(added.length > 0 || removed.length > 0) && (
                  <ul>
                    {added.map((m) => (
                      <li key={`+${ref(m)}`} data-measure-added={ref(m)}>
                        {t('policy.proposals.measureAdded', { measure: named(m) })}
                      </li>
                    ))}
                    {removed.map((m) => (
                      <li key={`-${ref(m)}`} data-measure-removed={ref(m)}>
                        {t('policy.proposals.measureRemoved', { measure: named(m) })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The carried changes of the common requirements: the BBN profile per level, imports, supplementary measures. */
function CarriedChanges(props: { id: string; carried: Carried; level: 4 | 5 }) {
  const { t } = useTranslation();
  const c = props.carried;
  const facilities = useData(POLICY_VERSION, { v: null }, { pause: c.supplementaryMeasures.length === 0 })
    .data?.policyVersion.facilities;
  const facilityName = (code: string) => facilities?.find((f) => f.code === code)?.name ?? code;
  return (
    <>
      <Heading level={props.level}>{t('policy.proposals.carried')}</Heading>
      {c.bbnProfile && <CarriedProfile id={props.id} rationale={c.bbnProfile.rationale} />}
      {(c.frameworkImports.length > 0 || c.supplementaryMeasures.length > 0) && (
        <ul data-testid="carried-other">
          {c.frameworkImports.map((f) => (
            <li key={`import-${f.code}`}>
              {t('policy.proposals.carriedImport', {
                code: f.code,
                mode: t(`importWizard.modes.${f.mode}`),
              })}{' '}
              {t('policy.proposals.importCounts', f.report)}
            </li>
          ))}
          {c.supplementaryMeasures.map((s) => (
            <li key={`supplementary-${s.facilityCode}`}>
              {t('policy.proposals.carriedSupplementary', { facility: facilityName(s.facilityCode) })}
              {': '}
              {s.measures.length === 0 ? t('policy.proposals.noMeasures') : s.measures.map(named).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * What a proposal is about, for the LMS, the hoofdgebruikers and the boards alike: state, rationale, trigger,
 * the text changes, the changes of the common requirements it carries, and the consultation's responses.
 */
export function ProposalSummary(props: { proposal: ProposalView; level?: 3 | 4; showResponses?: boolean }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const triggerText = useTriggerText();
  const p = props.proposal;
  const level = props.level ?? 3;
  const sub = (level + 1) as 4 | 5;
  const carries =
    !!p.carried.bbnProfile ||
    p.carried.frameworkImports.length > 0 ||
    p.carried.supplementaryMeasures.length > 0;
  return (
    <div data-proposal={p.number}>
      <Paragraph>
        <strong>{t(`policy.states.${p.state}`)}</strong> — {t('policy.proposals.trigger')}:{' '}
        {triggerText(p.trigger)}
      </Paragraph>
      {p.state === 'ADOPTION_FAILED' && (
        <Alert type="error">
          <span data-testid="adoption-failure">
            {t('policy.proposals.adoptionFailed', { reason: p.adoptionFailure ?? t('policy.none') })}
          </span>
        </Alert>
      )}
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
      {carries && <CarriedChanges id={p.id} carried={p.carried} level={sub} />}
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
