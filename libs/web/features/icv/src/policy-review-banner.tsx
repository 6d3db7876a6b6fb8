import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentQuery, DataView, useAction, useData, useErrorText } from '@mkib/web-data-access';
import { Alert, Button, DataTable, ErrorAlert, Paragraph } from '@mkib/web-ui';
import { CONFIRM_POLICY_REVIEW, POLICY_REVIEW_DIFF } from './operations';

type Review = NonNullable<AssessmentQuery['assessment']['policyReview']>;

function ReviewDiff(props: { version: number }) {
  const { t } = useTranslation();
  const from = props.version - 1;
  const diff = useData(POLICY_REVIEW_DIFF, { from, to: props.version });
  const caption = t('policyReview.diffCaption', { from, to: props.version });
  return (
    <DataView result={diff}>
      {(d) => {
        // A responsibility cell `PROCESS/party` in words: the process and the party's name.
        const subject = (l: { part: string; key: string }) => {
          if (l.part === 'REQUIREMENTS')
            return l.key === 'bbnProfileVersion'
              ? t('policy.lineKeys.bbnProfileVersion')
              : t('policy.lineKeys.framework', { code: l.key });
          if (l.part === 'RELIABILITY') return t('policy.lineKeys.recalibrationMonths');
          if (l.part !== 'RESPONSIBILITY') return l.key;
          const [process, party] = l.key.split('/');
          const name = d.parties.find((p) => p.code === party)?.name ?? party;
          return `${t(`policy.processes.${process}`, { defaultValue: process })} / ${name}`;
        };
        return d.policyDiff.changes.length === 0 ? (
          <Paragraph>
            {caption}: {t('policy.noChanges')}
          </Paragraph>
        ) : (
          <DataTable
            caption={caption}
            rows={d.policyDiff.changes}
            rowKey={(l) => `${l.part}:${l.key}`}
            rowProps={(l) => ({ 'data-change': l.key })}
            columns={[
              { header: t('policy.part'), cell: (l) => t(`policy.parts.${l.part}`) },
              { header: t('policy.key'), cell: (l) => subject(l) },
              { header: t('policy.change'), cell: (l) => t(`policy.changeKinds.${l.change}`) },
              { header: t('policy.before'), cell: (l) => l.before ?? t('policy.none') },
              { header: t('policy.after'), cell: (l) => l.after ?? t('policy.none') },
            ]}
          />
        );
      }}
    </DataView>
  );
}

/**
 * A newly adopted policy version while the self-assessment is open (SK-3.1): what changed, and the
 * security officer's confirmation that the self-assessment was reviewed against it.
 */
export function PolicyReviewBanner(props: {
  review: Review;
  year: number;
  canConfirm: boolean;
  onConfirmed(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [confirm, { fetching }] = useAction(CONFIRM_POLICY_REVIEW);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { review } = props;
  if (review.confirmedBy) return null;
  return (
    <div data-testid="policy-review">
      <Alert type="warning">
        <strong>{t('policyReview.title')}</strong>
        <Paragraph>
          {t('policyReview.text', { version: review.policyVersion, at: review.adoptedAt.slice(0, 10) })}
        </Paragraph>
        <div className="mkib-actions">
          <Button appearance="secondary-action-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t(open ? 'policyReview.hide' : 'policyReview.show')}
          </Button>
          {props.canConfirm && (
            <Button
              appearance="primary-action-button"
              disabled={fetching}
              onClick={() =>
                void confirm({ y: props.year })
                  .then(props.onConfirmed)
                  .catch((e) => setError(errorText(e).message))
              }
            >
              {t('policyReview.confirm')}
            </Button>
          )}
        </div>
        <ErrorAlert message={error} />
      </Alert>
      {/* Below the alert: a table inside it could not scroll on a narrow screen. */}
      {open && <ReviewDiff version={review.policyVersion} />}
    </div>
  );
}
