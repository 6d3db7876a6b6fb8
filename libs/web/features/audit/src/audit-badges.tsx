import { useTranslation } from 'react-i18next';
import { AuditLogFieldsFragment, DataView, useData } from '@mkib/web-data-access';
import { Heading, Paragraph } from '@mkib/web-ui';
import { AUDIT_LOGS } from './operations';
import { SERVICES } from './trail';

/** One service's chain: "Keten intact", or "Keten verbroken" with each problem found. */
function Badge(props: { status: AuditLogFieldsFragment }) {
  const { t } = useTranslation();
  const { service, intact, entries, problems } = props.status;
  return (
    <article className="mkib-card" data-audit-service={service} aria-labelledby={`audit-${service}`}>
      <Heading level={4} id={`audit-${service}`}>
        {t(`audit.services.${service as (typeof SERVICES)[number]}`, { defaultValue: service })}
      </Heading>
      <Paragraph>
        <span className={`mkib-badge mkib-badge--${intact ? 'intact' : 'broken'}`} data-testid="audit-badge">
          {t(intact ? 'audit.intact' : 'audit.broken')}
        </span>{' '}
        <span className="mkib-muted">{t('audit.entries', { count: entries })}</span>
      </Paragraph>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={`${p.seq}-${p.problem}`}>
              {t('audit.problem', {
                seq: p.seq,
                kind: t(`audit.problemKinds.${p.problem}`, { defaultValue: p.problem }),
              })}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** The verification of each service's hash-chained audit log, checked as the page opens (and on retry). */
export function AuditBadges() {
  const { t } = useTranslation();
  const result = useData(AUDIT_LOGS, {});
  return (
    <section aria-labelledby="audit-verification" className="mkib-section">
      <Heading level={3} id="audit-verification">
        {t('audit.verification')}
      </Heading>
      <DataView result={result}>
        {(data) => (
          <div className="mkib-side-by-side">
            {[data.policyAuditLog, data.riskAuditLog, data.icvAuditLog, data.governanceAuditLog].map((s) => (
              <Badge key={s.service} status={s} />
            ))}
          </div>
        )}
      </DataView>
    </section>
  );
}
