import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, SmbDashboardQuery, useData } from '@mkib/web-data-access';
import { Button, DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { SMB_DASHBOARD, SMB_SIGNAL_FEED } from './dashboard-operations';

type Dashboard = SmbDashboardQuery['smbDashboard'];
type Counts = Dashboard['instructions'];

/** A day (YYYY-MM-DD or a timestamp) in words in the reader's language. */
const dayOf = (iso: string | null | undefined, language: string) =>
  iso
    ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(
        language.startsWith('en') ? 'en-GB' : 'nl-NL',
        { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' },
      )
    : '';

/** The overdue marker: a word, not only a colour. */
function Overdue(props: { show: boolean; count?: number }) {
  const { t } = useTranslation();
  if (!props.show) return null;
  return (
    <strong className="mkib-badge" data-overdue="true">
      {props.count === undefined
        ? t('dashboard.overdue')
        : t('dashboard.overdueCount', { count: props.count })}
    </strong>
  );
}

/** One number with its label: the dashboard's cards. */
function Card(props: { id: string; label: string; value: number; overdue?: number }) {
  return (
    <div className="mkib-card" data-card={props.id}>
      <Paragraph>
        <strong data-testid={`dashboard-${props.id}`}>{props.value}</strong> {props.label}{' '}
        <Overdue show={!!props.overdue} count={props.overdue} />
      </Paragraph>
    </div>
  );
}

/** Open and overdue counts per party. */
function CountsTable(props: { id: string; caption: string; counts: Counts }) {
  const { t } = useTranslation();
  if (props.counts.byParty.length === 0) return <Paragraph>{t('dashboard.noneOpen')}</Paragraph>;
  return (
    <DataTable
      caption={props.caption}
      rows={props.counts.byParty}
      rowKey={(r) => r.party.code}
      rowProps={(r) => ({ [`data-${props.id}`]: r.party.code })}
      columns={[
        { header: t('dashboard.party'), cell: (r) => r.party.name },
        { header: t('dashboard.open'), cell: (r) => r.open },
        {
          header: t('dashboard.overdueColumn'),
          cell: (r) => (
            <>
              {r.overdue} <Overdue show={r.overdue > 0} />
            </>
          ),
        },
      ]}
    />
  );
}

function DashboardView(props: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const d = props.dashboard;
  const day = (iso: string | null | undefined) => dayOf(iso, i18n.language);
  return (
    <>
      <Paragraph data-testid="dashboard-as-of">{t('dashboard.asOf', { date: day(d.asOf) })}</Paragraph>
      <div className="mkib-cards" aria-label={t('dashboard.summary')} role="group">
        <Card
          id="instructions"
          label={t('dashboard.cards.instructions')}
          value={d.instructions.open}
          overdue={d.instructions.overdue}
        />
        <Card
          id="findings"
          label={t('dashboard.cards.findings')}
          value={d.findings.open}
          overdue={d.findings.overdue}
        />
        <Card
          id="reviews"
          label={t('dashboard.cards.reviews')}
          value={d.facilitiesReviewDue.length}
          overdue={d.facilitiesReviewDue.filter((r) => r.overdue).length}
        />
        <Card
          id="supplementary"
          label={t('dashboard.cards.supplementary')}
          value={d.riskWork.openSupplementaryAnalyses}
        />
        <Card
          id="consultations"
          label={t('dashboard.cards.consultations')}
          value={d.riskWork.openConsultations}
          overdue={d.riskWork.overdueConsultations}
        />
        <Card id="escalations" label={t('dashboard.cards.escalations')} value={d.openEscalations} />
      </div>

      <Heading level={3}>{t('dashboard.icvs.title', { year: d.year })}</Heading>
      <DataTable
        caption={t('dashboard.icvs.caption', { year: d.year })}
        rows={d.icvs}
        rowKey={(r) => r.party.code}
        rowProps={(r) => ({ 'data-icv': r.party.code, 'data-standing': r.standing })}
        columns={[
          { header: t('dashboard.party'), cell: (r) => r.party.name },
          {
            header: t('dashboard.icvs.standing'),
            cell: (r) => (
              <>
                {t(`dashboard.standing.${r.standing}`)} <Overdue show={r.overdue} />
              </>
            ),
          },
          {
            header: t('dashboard.icvs.decision'),
            cell: (r) => (r.decision ? t(`dashboard.decision.${r.decision}`) : '—'),
          },
        ]}
      />

      <Heading level={3}>{t('dashboard.plans.title')}</Heading>
      {d.plans.length === 0 ? (
        <Paragraph>{t('dashboard.plans.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('dashboard.plans.title')}
          rows={d.plans}
          rowKey={(p) => p.party.code}
          rowProps={(p) => ({ 'data-plan': p.party.code })}
          columns={[
            { header: t('dashboard.party'), cell: (p) => p.party.name },
            { header: t('dashboard.plans.policyVersion'), cell: (p) => p.policyVersion },
            {
              header: t('dashboard.plans.state'),
              cell: (p) =>
                p.state === 'BIJWERKEN_VEREIST'
                  ? t('dashboard.plans.updateRequired', { date: day(p.updateDueDate) })
                  : t('dashboard.plans.current'),
            },
            { header: t('dashboard.plans.total'), cell: (p) => p.total },
            { header: t('dashboard.plans.onTrack'), cell: (p) => p.onTrack },
            {
              header: t('dashboard.overdueColumn'),
              cell: (p) => (
                <>
                  {p.overdue} <Overdue show={p.overdue > 0} />
                </>
              ),
            },
            { header: t('dashboard.plans.withoutOwner'), cell: (p) => p.withoutOwner },
          ]}
        />
      )}

      <Heading level={3}>{t('dashboard.instructions.title')}</Heading>
      <CountsTable id="instructions" caption={t('dashboard.instructions.title')} counts={d.instructions} />

      <Heading level={3}>{t('dashboard.findings.title')}</Heading>
      <CountsTable id="findings" caption={t('dashboard.findings.title')} counts={d.findings} />

      <Heading level={3}>{t('dashboard.reviews.title')}</Heading>
      {d.facilitiesReviewDue.length === 0 ? (
        <Paragraph>{t('dashboard.reviews.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('dashboard.reviews.title')}
          rows={d.facilitiesReviewDue}
          rowKey={(r) => r.facilityCode}
          rowProps={(r) => ({ 'data-review': r.facilityCode })}
          columns={[
            { header: t('dashboard.reviews.facility'), cell: (r) => r.facilityCode },
            {
              header: t('dashboard.reviews.due'),
              cell: (r) => (
                <>
                  {day(r.reviewDue)} <Overdue show={r.overdue} />
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

/** How many signals a page of the feed shows. */
export const SIGNAL_PAGE = 10;

/** The SMB's monitoring feed, newest first, paged: kind, subject, summary and date (SK-3.3). */
export function SmbSignalFeed() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const result = useData(
    SMB_SIGNAL_FEED,
    useMemo(() => ({ limit: SIGNAL_PAGE, offset }), [offset]),
  );
  return (
    <section aria-labelledby="smb-signal-feed" className="mkib-section">
      <Heading level={3} id="smb-signal-feed">
        {t('dashboard.signals.title')}
      </Heading>
      <DataView result={result}>
        {({ smbSignals: page }) =>
          page.total === 0 ? (
            <Paragraph>{t('dashboard.signals.none')}</Paragraph>
          ) : (
            <>
              <DataTable
                caption={t('dashboard.signals.title')}
                rows={page.items}
                rowKey={(s) => s.id}
                rowProps={(s) => ({ 'data-signal': s.kind })}
                columns={[
                  { header: t('dashboard.signals.kind'), cell: (s) => t(`dashboard.signalKind.${s.kind}`) },
                  { header: t('dashboard.signals.subject'), cell: (s) => s.subject },
                  { header: t('dashboard.signals.summary'), cell: (s) => s.summary },
                  { header: t('dashboard.signals.date'), cell: (s) => dayOf(s.occurredAt, i18n.language) },
                ]}
              />
              <nav aria-label={t('dashboard.signals.paging')} className="mkib-actions">
                <Paragraph data-testid="signal-page">
                  {t('dashboard.signals.range', {
                    from: offset + 1,
                    to: offset + page.items.length,
                    total: page.total,
                  })}
                </Paragraph>
                <Button
                  appearance="secondary-action-button"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - SIGNAL_PAGE))}
                >
                  {t('dashboard.signals.previous')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={offset + page.items.length >= page.total}
                  onClick={() => setOffset(offset + SIGNAL_PAGE)}
                >
                  {t('dashboard.signals.next')}
                </Button>
              </nav>
            </>
          )
        }
      </DataView>
    </section>
  );
}

/**
 * The SMB's monitoring dashboard of a year (SK-3.3): the ICV standing of each party, the implementation
 * plans, open and overdue aanwijzingen and findings per party, the BIV reviews due, risk management's open
 * work, open escalations and the signal feed. Counts and states only: never a party's own content (SK-T3).
 */
export function SmbDashboardPanel(props: { year: number }) {
  const { t } = useTranslation();
  const result = useData(
    SMB_DASHBOARD,
    useMemo(() => ({ year: props.year }), [props.year]),
  );
  return (
    <section aria-labelledby="smb-dashboard-title" className="mkib-section">
      <Heading level={2} id="smb-dashboard-title">
        {t('dashboard.title', { year: props.year })}
      </Heading>
      <DataView result={result}>{({ smbDashboard }) => <DashboardView dashboard={smbDashboard} />}</DataView>
      <SmbSignalFeed />
    </section>
  );
}
