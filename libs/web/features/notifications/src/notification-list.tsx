import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  DigestFrequency,
  NotificationFieldsFragment,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Alert, Button, Dialog, ErrorAlert, Heading, Paragraph, SelectField } from '@mkib/web-ui';
import { isInternalLink } from './links';
import { reminderWhat, windowWording } from './wording';
import {
  MARK_NOTIFICATIONS_READ,
  MY_MAIL_PREFERENCE,
  MY_NOTIFICATIONS,
  SET_MAIL_PREFERENCE,
} from './operations';

type Item = NotificationFieldsFragment['items'][number];

/** One notification in words: what, whose, by when. */
export function useNotificationText() {
  const { t } = useTranslation();
  return (r: Pick<Item, 'milestone' | 'title' | 'party' | 'deadline' | 'daysLeft' | 'kind'>) =>
    t(`notifications.window.${windowWording(r)}`, {
      what: reminderWhat(t(`reminders.milestones.${r.milestone}`), r.title),
      party: r.party,
      deadline: r.deadline,
      days: Math.abs(r.daysLeft),
    });
}

/** The person's e-mail digest preference (daily or none); the address comes from the sign-in account. */
export function MailPreferenceForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const result = useData(MY_MAIL_PREFERENCE, {});
  const [choice, setChoice] = useState<DigestFrequency | ''>('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="mail-preference-title" className="mkib-section">
      <Heading level={3} id="mail-preference-title">
        {t('notifications.mail.title')}
      </Heading>
      <DataView result={result}>
        {({ myMailPreference: p }) => (
          <div className="mkib-form">
            <Paragraph>
              {p.email
                ? t('notifications.mail.address', { email: p.email })
                : t('notifications.mail.noAddress')}
            </Paragraph>
            <SelectField
              label={t('notifications.mail.digest')}
              name="mail-digest"
              value={choice || p.digest}
              options={(['DAGELIJKS', 'GEEN'] as const).map((d) => ({
                value: d,
                label: t(`notifications.mail.frequencies.${d}`),
              }))}
              onValue={(v) => setChoice(v as DigestFrequency)}
            />
            {notice && (
              <Alert type="ok">
                <span role="status">{notice}</span>
              </Alert>
            )}
            <ErrorAlert message={error} />
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setNotice(null);
                setError(null);
                send(SET_MAIL_PREFERENCE, { digest: choice || p.digest })
                  .then(() => {
                    setNotice(t('notifications.mail.saved'));
                    result.refetch();
                  })
                  .catch((err) => setError(errorText(err).message));
              }}
            >
              {t('notifications.mail.save')}
            </Button>
          </div>
        )}
      </DataView>
    </section>
  );
}

/** The list itself: each reminder addressed to the person, read or unread, with a link to its task. */
export function NotificationList(props: { onNavigate(link: string): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const result = useData(MY_NOTIFICATIONS, {});
  const text = useNotificationText();
  const [error, setError] = useState<string | null>(null);
  const mark = (ids: string[], read: boolean) => {
    setError(null);
    return send(MARK_NOTIFICATIONS_READ, { ids, read })
      .then(() => result.refetch())
      .catch((err) => setError(errorText(err).message));
  };
  return (
    <div data-testid="notifications">
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ myNotifications: list }) =>
          list.items.length === 0 ? (
            <Paragraph>{t('notifications.empty')}</Paragraph>
          ) : (
            <>
              <Paragraph role="status">{t('notifications.unreadCount', { count: list.unread })}</Paragraph>
              {list.unread > 0 && (
                <Button
                  appearance="secondary-action-button"
                  onClick={() =>
                    void mark(
                      list.items.filter((n) => !n.read).map((n) => n.id),
                      true,
                    )
                  }
                >
                  {t('notifications.markAllRead')}
                </Button>
              )}
              <ul className="mkib-notification-list">
                {list.items.map((n) => (
                  <li
                    key={n.id}
                    className={`mkib-notification${n.read ? '' : ' mkib-notification--unread'}`}
                    data-notification={n.milestone}
                    data-read={n.read ? 'true' : 'false'}
                  >
                    <span className="mkib-notification-state">
                      {n.read ? t('notifications.read') : t('notifications.unread')}
                      {n.kind === 'VERLOPEN' && ` · ${t('notifications.overdue')}`}
                    </span>
                    <span>{text(n)}</span>
                    <span className="mkib-actions">
                      {isInternalLink(n.link) && (
                        <a
                          href={n.link}
                          onClick={(e) => {
                            e.preventDefault();
                            if (!n.read) void mark([n.id], true);
                            props.onNavigate(n.link);
                          }}
                        >
                          {t('notifications.open')}
                        </a>
                      )}
                      <Button
                        appearance="subtle-button"
                        aria-label={t(
                          n.read ? 'notifications.markUnreadLabel' : 'notifications.markReadLabel',
                          {
                            what: text(n),
                          },
                        )}
                        onClick={() => void mark([n.id], !n.read)}
                      >
                        {t(n.read ? 'notifications.markUnread' : 'notifications.markRead')}
                      </Button>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </DataView>
    </div>
  );
}

/**
 * The notifications button of the shell's header: how many unread, and on a click the list with the e-mail
 * preference in the one Dialog (focus moves in, and back to the button on close).
 */
export function NotificationsButton(props: { onNavigate(link: string): void }) {
  const { t } = useTranslation();
  const result = useData(MY_NOTIFICATIONS, {});
  const [open, setOpen] = useState(false);
  const unread = result.data?.myNotifications.unread ?? 0;
  return (
    <>
      <button
        type="button"
        className="mkib-header-button"
        aria-haspopup="dialog"
        aria-label={t('notifications.buttonLabel', { count: unread })}
        onClick={() => {
          setOpen(true);
          result.refetch();
        }}
      >
        {t('notifications.button')}
        {unread > 0 && <span className="mkib-counter"> {unread}</span>}
      </button>
      {open && (
        <Dialog
          title={t('notifications.title')}
          closeLabel={t('notifications.close')}
          onClose={() => setOpen(false)}
        >
          <NotificationList
            onNavigate={(link) => {
              setOpen(false);
              props.onNavigate(link);
            }}
          />
          <MailPreferenceForm />
        </Dialog>
      )}
    </>
  );
}
