import { useTranslation } from 'react-i18next';
import { AuditedSubmissionsQuery, DataView, useData } from '@mkib/web-data-access';
import { DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { AUDITED_SUBMISSIONS } from './operations';

type Version = AuditedSubmissionsQuery['icv']['versions'][number];
type Snapshot = NonNullable<Version['snapshot']>;
type Entry = Snapshot['entries'][number];

/** A measure as frozen: its title, or else the start of its text. */
const describe = (e: Entry) => {
  const words = e.title ?? e.text ?? '–';
  return words.length > 160 ? `${words.slice(0, 157)}…` : words;
};

/** One submitted version as it was frozen: the figures, both statements and what was not implemented. */
function FrozenVersion(props: { version: Version; snapshot: Snapshot }) {
  const { t } = useTranslation();
  const { version, snapshot } = props;
  const statement = (s: string | null | undefined) => (s ? t(`icv.statements.${s}`) : t('audit.none'));
  const open = snapshot.entries.filter(
    (e) => e.status !== 'GEIMPLEMENTEERD' && e.status !== 'NIET_VAN_TOEPASSING',
  );
  const id = `submission-${version.version}`;
  return (
    <article className="mkib-card" aria-labelledby={id} data-submission={version.version}>
      <Heading level={4} id={id}>
        {t('audit.submission.title', {
          version: version.version,
          state: t(`icv.states.${version.state}`),
        })}
      </Heading>
      <Paragraph>
        {t(snapshot.origin === 'MIGRATION' ? 'audit.submission.takenAtUpgrade' : 'audit.submission.takenAt', {
          at: new Date(snapshot.takenAt).toLocaleString('nl-NL'),
          profile: snapshot.profileVersion ?? '–',
        })}
      </Paragraph>
      <dl>
        <dt>{t('audit.submission.statement')}</dt>
        <dd data-testid="frozen-statement">{statement(snapshot.statement)}</dd>
        <dt>{t('audit.submission.proposal')}</dt>
        <dd data-testid="frozen-proposal">
          {statement(snapshot.proposedStatement)}
          {snapshot.statement !== snapshot.proposedStatement && ` (${t('audit.submission.deviates')})`}
        </dd>
        <dt>{t('audit.submission.figures')}</dt>
        <dd data-testid="frozen-figures">{t('audit.submission.figuresLine', snapshot.progress)}</dd>
      </dl>
      {open.length ? (
        <details>
          <summary>{t('audit.submission.openCount', { count: open.length })}</summary>
          <DataTable<Entry>
            caption={t('audit.submission.open', { version: version.version })}
            rows={open}
            rowKey={(e) => `${e.frameworkCode}:${e.identifier}`}
            columns={[
              { header: t('audit.submission.measure'), cell: (e) => `${e.frameworkCode} ${e.identifier}` },
              { header: t('audit.submission.measureTitle'), cell: (e) => describe(e) },
              {
                header: t('assessment.status'),
                cell: (e) => t(`assessment.statuses.${e.status ?? 'OPEN'}`),
              },
            ]}
          />
        </details>
      ) : (
        <Paragraph>{t('audit.submission.allImplemented')}</Paragraph>
      )}
    </article>
  );
}

/**
 * A party's submitted ICV versions of a year, each with its snapshot: what the boards and the auditor
 * judge, unchanged by any later change to the catalogue, the profiles or the facilities.
 */
export function Submissions(props: { year: number; party: string }) {
  const { t } = useTranslation();
  const result = useData(AUDITED_SUBMISSIONS, { y: props.year, p: props.party });
  return (
    <section className="mkib-section" aria-labelledby="submissions-title">
      <Heading level={3} id="submissions-title">
        {t('audit.submission.heading', { year: props.year })}
      </Heading>
      <DataView
        result={result}
        onError={(e) =>
          e.code === 'NOT_FOUND' ? <Paragraph>{t('audit.submission.none')}</Paragraph> : undefined
        }
      >
        {(data) => {
          const frozen = data.icv.versions.filter((v) => v.snapshot);
          if (!frozen.length) return <Paragraph>{t('audit.submission.none')}</Paragraph>;
          return frozen.map((v) => <FrozenVersion key={v.version} version={v} snapshot={v.snapshot!} />);
        }}
      </DataView>
    </section>
  );
}
