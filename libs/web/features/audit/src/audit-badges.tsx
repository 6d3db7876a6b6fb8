import { useTranslation } from 'react-i18next';
import { AuditAnchorsQuery, AuditLogFieldsFragment, DataView, useData } from '@mkib/web-data-access';
import { Heading, Paragraph } from '@mkib/web-ui';
import { AUDIT_ANCHORS, AUDIT_LOGS } from './operations';
import { SERVICES } from './trail';

/** One service's chain: "Keten intact", or "Keten verbroken" with each problem found. */
function Badge(props: { status: AuditLogFieldsFragment }) {
  const { t } = useTranslation();
  const { service, entries } = props.status;
  const { intact, problems } = props.status;
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

type Anchor = AuditAnchorsQuery['auditAnchors'][number];

/** The verification of the four chains, each checked against the head kept elsewhere. */
function Verification(props: { anchors: Anchor[] }) {
  const head = (service: string) => {
    const a = props.anchors.find((x) => x.service === service);
    return a ? { seq: a.seq, hash: a.hash } : null;
  };
  const result = useData(AUDIT_LOGS, {
    policy: head('policy'),
    risk: head('risk'),
    icv: head('icv'),
    governance: head('governance'),
  });
  return (
    <DataView result={result}>
      {(data) => (
        <div className="mkib-side-by-side">
          {[data.policyAuditLog, data.riskAuditLog, data.icvAuditLog, data.governanceAuditLog].map((s) => {
            // A gap in the series of anchors the keeper received also means a cut-back tail.
            const kept = props.anchors.find((a) => a.service === s.service)?.problems ?? [];
            const status = kept.length ? { ...s, intact: false, problems: [...s.problems, ...kept] } : s;
            return <Badge key={s.service} status={status} />;
          })}
        </div>
      )}
    </DataView>
  );
}

/** The verification of each service's hash-chained audit log, checked as the page opens (and on retry). */
export function AuditBadges() {
  const { t } = useTranslation();
  const anchors = useData(AUDIT_ANCHORS, {});
  return (
    <section aria-labelledby="audit-verification" className="mkib-section">
      <Heading level={3} id="audit-verification">
        {t('audit.verification')}
      </Heading>
      <DataView result={anchors}>
        {(data) => (
          <Verification
            anchors={[
              ...data.auditAnchors,
              ...(data.governanceAuditAnchor ? [data.governanceAuditAnchor] : []),
            ]}
          />
        )}
      </DataView>
    </section>
  );
}
