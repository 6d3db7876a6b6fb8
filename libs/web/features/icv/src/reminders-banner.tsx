import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import { Alert } from '@mkib/web-ui';
import { REMINDERS } from './operations';

/**
 * A reminder about one record names it ("Reactie op risicoanalyse: RA-…: title"); a title that already
 * starts with the milestone's label stands alone ("Voortgangsrapportage 2026 periode 1").
 */
const what = (label: string, title?: string | null) =>
  !title ? label : title.toLowerCase().startsWith(label.toLowerCase()) ? title : `${label}: ${title}`;

/**
 * What the signed-in party still owes (SK-3.5): every reminder whose window is open, from its lead time
 * before the deadline until the deadline ("uiterlijk …, nog n dagen", "uiterlijk vandaag"), and after it
 * while still owed ("de termijn verstreek op …"). The cycle's milestones, and those of the BBP year and
 * of findings, aanwijzingen, risk treatments, plan updates and BIV reviews; a reminder with a title
 * names what it is about.
 */
export function RemindersBanner(props: { year: number }) {
  const { t } = useTranslation();
  // A banner, not a page: without an answer (yet, or on an error) it shows nothing.
  const reminders = useData(REMINDERS, { y: props.year }).data?.reminders ?? [];
  if (reminders.length === 0) return null;
  const overdue = reminders.some((r) => r.kind === 'VERLOPEN');
  // Overdue first, then by deadline.
  const ordered = [...reminders].sort(
    (a, b) =>
      Number(b.kind === 'VERLOPEN') - Number(a.kind === 'VERLOPEN') || a.deadline.localeCompare(b.deadline),
  );
  return (
    <Alert type={overdue ? 'warning' : 'info'}>
      {/* A long record's name (an analysis's id and title) breaks rather than widen a 320 px screen. */}
      <div data-testid="reminders" style={{ overflowWrap: 'anywhere' }}>
        <strong>{t('reminders.title')}</strong>
        <ul>
          {ordered.map((r) => (
            <li key={r.id} data-reminder={r.milestone} data-kind={r.kind}>
              {t(
                r.kind === 'VERLOPEN'
                  ? 'reminders.overdue'
                  : r.daysLeft === 0
                    ? 'reminders.today'
                    : 'reminders.ahead',
                {
                  what: what(t(`reminders.milestones.${r.milestone}`), r.title),
                  party: r.party,
                  deadline: r.deadline,
                  days: Math.abs(r.daysLeft),
                },
              )}
            </li>
          ))}
        </ul>
      </div>
    </Alert>
  );
}
