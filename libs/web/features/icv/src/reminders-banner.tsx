import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import { Alert } from '@mkib/web-ui';
import { REMINDERS } from './operations';

/** What the signed-in party still owes in the cycle, ahead of a deadline or after it (SK-3.5). */
export function RemindersBanner(props: { year: number }) {
  const { t } = useTranslation();
  // A banner, not a page: without an answer (yet, or on an error) it shows nothing.
  const reminders = useData(REMINDERS, { y: props.year }).data?.reminders ?? [];
  if (reminders.length === 0) return null;
  const overdue = reminders.some((r) => r.kind === 'VERLOPEN');
  return (
    <Alert type={overdue ? 'warning' : 'info'}>
      <div data-testid="reminders">
        <strong>{t('reminders.title')}</strong>
        <ul>
          {reminders.map((r) => (
            <li key={`${r.milestone}-${r.party}-${r.subjectId ?? ''}`}>
              {t(r.kind === 'VERLOPEN' ? 'reminders.overdue' : 'reminders.ahead', {
                // A risk consultation names its analysis ("Reactie op risicoanalyse: RA-…: title").
                what:
                  r.milestone === 'RISICOCONSULTATIE' && r.title
                    ? `${t(`reminders.milestones.${r.milestone}`)}: ${r.title}`
                    : t(`reminders.milestones.${r.milestone}`),
                party: r.party,
                deadline: r.deadline,
                days: Math.abs(r.daysLeft),
              })}
            </li>
          ))}
        </ul>
      </div>
    </Alert>
  );
}
