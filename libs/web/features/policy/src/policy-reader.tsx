import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, PolicyVersionQuery, useAction, useData, useErrorText } from '@mkib/web-data-access';
import { Button, DataTable, downloadFile, ErrorAlert, Heading, Paragraph, SelectField } from '@mkib/web-ui';
import { ChangeLines, RESPONSIBLE_PARTIES, usePartyName } from './labels';
import { POLICY_DIFF, POLICY_PDF, POLICY_VERSION, POLICY_VERSIONS } from './operations';

type Version = PolicyVersionQuery['policyVersion'];
type Measure = Version['norms'][number]['measures'][number];
const PROCESSES = [
  'RISK_MANAGEMENT',
  'IMPLEMENTATION_PLAN',
  'COMPLIANCE_MONITORING',
  'ICV',
  'INCIDENT_HANDLING',
  'C2000_OUTSIDE_MELDKAMER',
] as const;
export const TOPICS = [
  'ACCESS_CONTROL',
  'CRYPTOGRAPHY',
  'EQUIPMENT_MANAGEMENT',
  'OPERATING_PROCEDURES',
  'LOGGING_MONITORING',
  'INFORMATION_SHARING',
  'DATA_CLASSIFICATION',
  'RELIABILITY_REQUIREMENTS',
  'SPOEDRESPONS_C2000',
] as const;
const SECTIONS = ['responsibilities', 'requirements', 'norms', 'rules', 'reliability', 'diff'] as const;

function Measures(props: { measures: readonly Measure[] }) {
  const { t } = useTranslation();
  if (props.measures.length === 0)
    return <Paragraph className="mkib-muted">{t('policy.noMeasures')}</Paragraph>;
  return (
    <ul aria-label={t('policy.measures')}>
      {props.measures.map((m) => (
        <li key={`${m.frameworkCode}:${m.identifier}`} data-measure={`${m.frameworkCode}:${m.identifier}`}>
          {m.frameworkCode} {m.identifier}
          {m.title ? `: ${m.title}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** The RACI table: one row per process, one column per party (names, not codes). */
function RaciTable(props: { version: Version }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const parties = [
    ...RESPONSIBLE_PARTIES,
    ...new Set(
      props.version.responsibilities
        .map((r) => r.party)
        .filter((p) => !(RESPONSIBLE_PARTIES as readonly string[]).includes(p)),
    ),
  ];
  const cell = (process: string, party: string) =>
    props.version.responsibilities.find((r) => r.process === process && r.party === party);
  return (
    <>
      <DataTable
        caption={t('policy.raciCaption')}
        rows={PROCESSES}
        rowKey={(p) => p}
        rowProps={(p) => ({ 'data-process': p })}
        columns={[
          { header: t('policy.process'), cell: (p) => <strong>{t(`policy.processes.${p}`)}</strong> },
          ...parties.map((party) => ({
            header: partyName(party),
            cellProps: { 'data-party': party },
            cell: (p: string) => {
              const c = cell(p, party);
              if (!c) return t('policy.none');
              return (
                <>
                  <abbr title={c.raci.map((r) => t(`policy.raci.${r}`)).join(', ')}>{c.raci.join('')}</abbr>
                  {c.tasks && <div className="mkib-muted">{c.tasks}</div>}
                </>
              );
            },
          })),
        ]}
      />
      <Paragraph className="mkib-muted">{t('policy.raciLegend')}</Paragraph>
    </>
  );
}

function Diff(props: { versions: number[]; current: number }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(Math.max(1, props.current - 1));
  const [to, setTo] = useState(props.current);
  const [asked, setAsked] = useState<{ from: number; to: number } | null>(
    props.current > 1 ? { from: props.current - 1, to: props.current } : null,
  );
  const diff = useData(POLICY_DIFF, asked ?? { from: 1, to: 1 }, { pause: !asked });
  if (props.versions.length < 2) return <Paragraph>{t('policy.onlyOneVersion')}</Paragraph>;
  const options = props.versions.map((v) => ({ value: v, label: String(v) }));
  return (
    <>
      <div className="mkib-inline">
        <SelectField
          label={t('policy.diffFrom')}
          name="diff-from"
          value={from}
          options={options}
          onValue={(v) => setFrom(Number(v))}
        />
        <SelectField
          label={t('policy.diffTo')}
          name="diff-to"
          value={to}
          options={options}
          onValue={(v) => setTo(Number(v))}
        />
        <Button appearance="secondary-action-button" onClick={() => setAsked({ from, to })}>
          {t('policy.compare')}
        </Button>
      </div>
      {asked && (
        <DataView result={diff}>
          {(d) => (
            <div data-testid="policy-diff">
              <ChangeLines
                lines={d.policyDiff.changes}
                caption={`${t('policy.sections.diff')}: ${d.policyDiff.from} → ${d.policyDiff.to}`}
              />
            </div>
          )}
        </DataView>
      )}
    </>
  );
}

/**
 * The information-security policy for every role (SK-2.2): a version (the one in force by default) with its
 * contents, the RACI table, the common requirements, the norms and the addendum's rules by topic with their
 * measures, the reliability part with the facilities' BIV rating, a diff between two versions, and a PDF.
 */
export function PolicyReader() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const versions = useData(POLICY_VERSIONS, {});
  const [chosen, setChosen] = useState<number | null>(null);
  const result = useData(POLICY_VERSION, { v: chosen });
  const [pdf, { fetching: downloading }] = useAction(POLICY_PDF);
  const [error, setError] = useState<string | null>(null);
  const list = versions.data?.policyVersions ?? [];
  const inForce = list.find((v) => v.inForce)?.version;
  useEffect(() => setError(null), [chosen]);

  return (
    <section aria-labelledby="policy-title" className="mkib-section">
      <Heading level={2} id="policy-title">
        {t('policy.readerTitle')}
      </Heading>
      {list.length > 0 && (
        <SelectField
          label={t('policy.version')}
          name="policy-version"
          value={chosen ?? inForce ?? ''}
          onValue={(v) => setChosen(Number(v))}
          options={list.map((v) => ({
            value: v.version,
            label: t(v.inForce ? 'policy.versionOptionInForce' : 'policy.versionOption', {
              version: v.version,
              at: v.adoptedAt.slice(0, 10),
            }),
          }))}
        />
      )}
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ policyVersion: v }) => (
          <article data-policy-version={v.version} aria-label={v.title}>
            <Heading level={3}>{v.title}</Heading>
            <Paragraph>
              {/* Version 1 came with the strategic framework: no one adopted it in the platform. */}
              {v.proposal || !v.adoptedBy.startsWith('system:')
                ? t('policy.versionLine', {
                    version: v.version,
                    at: v.adoptedAt.slice(0, 10),
                    by: v.adoptedBy,
                  })
                : t('policy.versionLineInitial', { version: v.version, at: v.adoptedAt.slice(0, 10) })}{' '}
              {t(v.inForce ? 'policy.inForce' : 'policy.notInForce')}
            </Paragraph>
            {v.proposal && (
              <Paragraph>
                {t('policy.fromProposal', { number: v.proposal.number, title: v.proposal.title })}
              </Paragraph>
            )}
            <Paragraph>{v.summary}</Paragraph>
            <div className="mkib-actions">
              <Button
                appearance="secondary-action-button"
                disabled={downloading}
                onClick={() =>
                  void pdf({ v: v.version })
                    .then((r) => downloadFile(r.policyVersionPdf))
                    .catch((e) => setError(errorText(e).message))
                }
              >
                {t('policy.pdf')}
              </Button>
            </div>
            <nav aria-labelledby="policy-contents">
              <Heading level={3} id="policy-contents">
                {t('policy.contents')}
              </Heading>
              <ol>
                {SECTIONS.map((s) => (
                  <li key={s}>
                    <a href={`#policy-${s}`}>{t(`policy.sections.${s}`)}</a>
                  </li>
                ))}
              </ol>
            </nav>
            <Heading level={3} id="policy-responsibilities">
              {t('policy.sections.responsibilities')}
            </Heading>
            <RaciTable version={v} />
            <Heading level={3} id="policy-requirements">
              {t('policy.sections.requirements')}
            </Heading>
            <ul>
              <li>{t('policy.bbnProfile', { version: v.requirements.bbnProfileVersion })}</li>
              {v.requirements.catalogue.map((f) => (
                <li key={f.code}>{t('policy.framework', f)}</li>
              ))}
            </ul>
            <Heading level={3} id="policy-norms">
              {t('policy.sections.norms')}
            </Heading>
            {v.norms.map((n) => (
              <div key={n.key} className="mkib-card" data-norm={n.key}>
                <Heading level={4}>
                  {n.key} {n.title}
                </Heading>
                <Paragraph>{n.text}</Paragraph>
                <Measures measures={n.measures} />
              </div>
            ))}
            <Heading level={3} id="policy-rules">
              {t('policy.sections.rules')}
            </Heading>
            {TOPICS.map((topic) => {
              const rules = v.rules.filter((r) => r.topic === topic);
              return (
                <details key={topic} data-topic={topic}>
                  <summary>
                    {t(`policy.topics.${topic}`)} ({rules.length})
                  </summary>
                  {rules.length === 0 && <Paragraph>{t('policy.noRules')}</Paragraph>}
                  {rules.map((r) => (
                    <div key={r.key} data-rule={r.key}>
                      <Heading level={4}>
                        {r.key} {r.title}
                      </Heading>
                      <Paragraph>{r.text}</Paragraph>
                      <Measures measures={r.measures} />
                    </div>
                  ))}
                </details>
              );
            })}
            <Heading level={3} id="policy-reliability">
              {t('policy.sections.reliability')}
            </Heading>
            <Paragraph>{t('policy.recalibration', { months: v.recalibrationMonths })}</Paragraph>
            <DataTable
              caption={t('policy.facilitiesCaption')}
              rows={v.facilities}
              rowKey={(f) => f.code}
              columns={[
                { header: t('policy.facility'), cell: (f) => f.name },
                {
                  header: t('policy.biv'),
                  cell: (f) =>
                    [f.biv.beschikbaarheid, f.biv.integriteit, f.biv.vertrouwelijkheid]
                      .map((l) => t(`facilities.levels.${l}`))
                      .join(' / '),
                },
                { header: t('policy.bbn'), cell: (f) => `BBN${f.bbn}` },
                { header: t('policy.reviewDue'), cell: (f) => f.reviewDue },
              ]}
            />
            <Heading level={3} id="policy-diff">
              {t('policy.sections.diff')}
            </Heading>
            <Diff
              key={v.version}
              versions={list.map((x) => x.version).sort((a, b) => a - b)}
              current={v.version}
            />
          </article>
        )}
      </DataView>
    </section>
  );
}
