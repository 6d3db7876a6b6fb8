import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, Milestone, useData, useErrorText, useSend } from '@mkib/web-data-access';
import { Alert, Button, DataTable, ErrorAlert, Heading, Paragraph, TextInput } from '@mkib/web-ui';
import { REMINDER_SETTINGS, SET_LEAD_TIME } from './operations';
import { validLeadDays } from './wording';

/**
 * How many days ahead of its deadline each milestone starts reminding (the LMS, the board secretary):
 * the platform's default until someone sets it.
 */
export function ReminderSettingsForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const result = useData(REMINDER_SETTINGS, {});
  const [edits, setEdits] = useState<Partial<Record<Milestone, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = (m: Milestone) => t(`reminders.milestones.${m}`);
  const save = (milestone: Milestone, value: string) => {
    setNotice(null);
    setError(null);
    if (!validLeadDays(value)) {
      setError(t('notifications.settings.invalid', { what: label(milestone) }));
      return;
    }
    send(SET_LEAD_TIME, { milestone, leadDays: Number(value) })
      .then((d) => {
        setNotice(
          t('notifications.settings.saved', {
            what: label(milestone),
            days: d.setReminderLeadTime.leadDays,
          }),
        );
        setEdits((e) => ({ ...e, [milestone]: undefined }));
        result.refetch();
      })
      .catch((err) => setError(errorText(err).message));
  };
  return (
    <section
      aria-labelledby="reminder-settings-title"
      className="mkib-section"
      data-testid="reminder-settings"
    >
      <Heading level={2} id="reminder-settings-title">
        {t('notifications.settings.title')}
      </Heading>
      <Paragraph>{t('notifications.settings.intro')}</Paragraph>
      {notice && (
        <Alert type="ok">
          <span role="status">{notice}</span>
        </Alert>
      )}
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ reminderSettings }) => (
          <DataTable
            caption={t('notifications.settings.caption')}
            rows={reminderSettings}
            rowKey={(s) => s.milestone}
            rowProps={(s) => ({ 'data-milestone': s.milestone })}
            columns={[
              { header: t('notifications.settings.milestone'), cell: (s) => label(s.milestone) },
              {
                header: t('notifications.settings.leadDays'),
                cell: (s) => (
                  <>
                    <TextInput
                      type="number"
                      min={0}
                      max={365}
                      inputMode="numeric"
                      name={`lead-days-${s.milestone}`}
                      aria-label={t('notifications.settings.leadDaysOf', { what: label(s.milestone) })}
                      value={edits[s.milestone] ?? String(s.leadDays)}
                      onValue={(v) => setEdits((e) => ({ ...e, [s.milestone]: v }))}
                      style={{ maxWidth: '6rem' }}
                    />
                    {s.isDefault && (
                      <span className="mkib-muted"> {t('notifications.settings.default')}</span>
                    )}
                  </>
                ),
              },
              {
                header: t('notifications.settings.actions'),
                hidden: true,
                cell: (s) => (
                  <Button
                    appearance="secondary-action-button"
                    aria-label={t('notifications.settings.saveOf', { what: label(s.milestone) })}
                    onClick={() => save(s.milestone, edits[s.milestone] ?? String(s.leadDays))}
                  >
                    {t('notifications.settings.save')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </DataView>
    </section>
  );
}
