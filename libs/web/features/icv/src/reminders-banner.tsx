import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import { Alert } from '@mkib/web-ui';
import { REMINDERS } from './operations';

interface Reminder {
  milestone: string;
  party: string;
  deadline: string;
  kind: 'VOORAF' | 'VERLOPEN';
  daysLeft: number;
}

/** What the signed-in party still owes in the cycle, ahead of a deadline or after it (SK-3.5). */
export function RemindersBanner(props: { request: GraphQLRequest; year: number }) {
  const { t } = useTranslation();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  useEffect(() => {
    props
      .request<{ reminders: Reminder[] }>(REMINDERS, { y: props.year })
      .then((r) => setReminders(r.reminders))
      .catch(() => setReminders([]));
  }, [props.request, props.year]);
  if (reminders.length === 0) return null;
  const overdue = reminders.some((r) => r.kind === 'VERLOPEN');
  return (
    <Alert type={overdue ? 'warning' : 'info'}>
      <div data-testid="reminders">
        <strong>{t('reminders.title')}</strong>
        <ul>
          {reminders.map((r) => (
            <li key={`${r.milestone}-${r.party}`}>
              {t(r.kind === 'VERLOPEN' ? 'reminders.overdue' : 'reminders.ahead', {
                what: t(`reminders.milestones.${r.milestone}`),
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
