import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@mkib/web-ui';

interface RollUp {
  total: number;
  done: number;
  onTrack: number;
  overdue: number;
  withoutOwner: number;
  percentOnTrack: number;
}

/** A plan's counts in words, and the share on track as a bar (SK-2.4). */
export function RollUpSummary(props: { rollUp: RollUp; label: string }) {
  const { t } = useTranslation();
  const r = props.rollUp;
  return (
    <div data-testid="plan-roll-up">
      <ProgressBar label={props.label} value={r.percentOnTrack} max={100} />
      <ul className="mkib-inline-list">
        <li>{t('plan.rollUp.total', { count: r.total })}</li>
        <li>{t('plan.rollUp.done', { count: r.done })}</li>
        <li>{t('plan.rollUp.onTrack', { count: r.onTrack })}</li>
        <li>{t('plan.rollUp.overdue', { count: r.overdue })}</li>
        <li>{t('plan.rollUp.withoutOwner', { count: r.withoutOwner })}</li>
      </ul>
    </div>
  );
}
