import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useData, useErrorText, useSend } from '@mkib/web-data-access';
import { Alert, Button, DataTable, ErrorAlert, Heading, Paragraph } from '@mkib/web-ui';
import { MAIL_OUTBOX, SEND_DIGEST } from './operations';

const PAGE = 20;

/**
 * The mails the platform sent (the LMS): over SMTP or into the local outbox of the all-in-one mode,
 * newest first, page by page; and the reminder digest run now (it also runs by itself every morning).
 */
export function MailOutbox() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [offset, setOffset] = useState(0);
  const result = useData(MAIL_OUTBOX, { limit: PAGE, offset });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="mail-outbox-title" className="mkib-section" data-testid="mail-outbox">
      <Heading level={2} id="mail-outbox-title">
        {t('notifications.outbox.title')}
      </Heading>
      <Paragraph>{t('notifications.outbox.intro')}</Paragraph>
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setNotice(null);
            setError(null);
            send(SEND_DIGEST, {})
              .then((d) => {
                setNotice(t('notifications.outbox.sent', d.sendReminderDigest));
                setOffset(0);
                result.refetch();
              })
              .catch((err) => setError(errorText(err).message))
              .finally(() => setBusy(false));
          }}
        >
          {t('notifications.outbox.sendNow')}
        </Button>
      </div>
      {notice && (
        <Alert type="ok">
          <span role="status">{notice}</span>
        </Alert>
      )}
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ mailOutbox: page }) =>
          page.total === 0 ? (
            <Paragraph>{t('notifications.outbox.empty')}</Paragraph>
          ) : (
            <>
              <DataTable
                caption={t('notifications.outbox.caption', {
                  from: offset + 1,
                  to: offset + page.items.length,
                  total: page.total,
                })}
                rows={page.items}
                rowKey={(m) => m.id}
                rowProps={(m) => ({ 'data-mail': m.to })}
                columns={[
                  {
                    header: t('notifications.outbox.createdAt'),
                    cell: (m) => m.createdAt.slice(0, 16).replace('T', ' '),
                  },
                  { header: t('notifications.outbox.to'), cell: (m) => m.to },
                  {
                    header: t('notifications.outbox.subject'),
                    cell: (m) => (
                      <details>
                        <summary>{m.subject}</summary>
                        <pre className="mkib-json">{m.text}</pre>
                      </details>
                    ),
                  },
                  {
                    header: t('notifications.outbox.channel'),
                    cell: (m) => t(`notifications.outbox.channels.${m.channel}`, { defaultValue: m.channel }),
                  },
                ]}
              />
              <div className="mkib-actions">
                <Button
                  appearance="secondary-action-button"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE))}
                >
                  {t('notifications.outbox.newer')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={offset + page.items.length >= page.total}
                  onClick={() => setOffset(offset + PAGE)}
                >
                  {t('notifications.outbox.older')}
                </Button>
              </div>
            </>
          )
        }
      </DataView>
    </section>
  );
}
