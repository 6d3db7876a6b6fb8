import { useTranslation } from 'react-i18next';
import { DataView, useData } from '@mkib/web-data-access';
import { DataTable, Heading, Paragraph } from '@mkib/web-ui';
import { countsPerLevel, LEVELS } from './heat-map-cells';
import { useRiskLabels } from './labels';
import { RISK_OVERVIEW } from './operations';

/**
 * What the boards see of risk management (SK-T3: counts, not content): per party and facility the number
 * of risks of its final analyses per level, inherent and residual; the analyses finalised late or without
 * every consultation response, with the LMS's note; the open supplementary analyses and consultations.
 */
export function BoardRiskOverview() {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const overview = useData(RISK_OVERVIEW, {});
  return (
    <section aria-labelledby="risk-overview-title" className="mkib-section">
      <Heading level={2} id="risk-overview-title">
        {t('risk.overview.title')}
      </Heading>
      <DataView result={overview}>
        {({ riskOverview: o }) => (
          <>
            <Paragraph data-testid="risk-overview-open">
              {t('risk.overview.open', {
                supplementary: o.openSupplementary,
                consultations: o.openConsultations,
              })}
            </Paragraph>
            <Heading level={3}>{t('risk.overview.aggregatesTitle')}</Heading>
            {o.aggregates.length === 0 ? (
              <Paragraph>{t('risk.overview.noAggregates')}</Paragraph>
            ) : (
              <DataTable
                caption={t('risk.overview.aggregatesCaption')}
                rows={o.aggregates}
                rowKey={(a) => `${a.party.code}:${a.facilityCode}`}
                rowProps={(a) => ({ 'data-aggregate': `${a.party.code}:${a.facilityCode}` })}
                columns={[
                  { header: t('risk.overview.party'), cell: (a) => a.party.name },
                  { header: t('risk.fields.facility'), cell: (a) => a.facility.name },
                  ...LEVELS.map((level) => ({
                    header: t('risk.overview.levelColumn', { level: labels.level(level) }),
                    cell: (a: (typeof o.aggregates)[number]) =>
                      t('risk.overview.counts', {
                        inherent: countsPerLevel(a.inherent).find((c) => c.level === level)?.count ?? 0,
                        residual: countsPerLevel(a.residual).find((c) => c.level === level)?.count ?? 0,
                      }),
                  })),
                ]}
              />
            )}
            <Heading level={3}>{t('risk.overview.lateTitle')}</Heading>
            {o.late.length === 0 ? (
              <Paragraph>{t('risk.overview.noLate')}</Paragraph>
            ) : (
              <DataTable
                caption={t('risk.overview.lateTitle')}
                rows={o.late}
                rowKey={(l) => l.analysisId}
                rowProps={(l) => ({ 'data-late': l.number })}
                columns={[
                  { header: t('risk.register.number'), cell: (l) => l.number },
                  { header: t('risk.fields.title'), cell: (l) => l.title ?? t('risk.none') },
                  { header: t('risk.overview.party'), cell: (l) => l.ownerParty.name },
                  {
                    header: t('risk.register.deadline'),
                    cell: (l) => l.dueDate ?? l.respondBy ?? t('risk.none'),
                  },
                  { header: t('risk.overview.finalisedAt'), cell: (l) => l.finalisedAt.slice(0, 10) },
                  { header: t('risk.overview.note'), cell: (l) => l.note ?? t('risk.none') },
                ]}
              />
            )}
          </>
        )}
      </DataView>
    </section>
  );
}
