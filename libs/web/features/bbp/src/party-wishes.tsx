import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BbpWishFieldsFragment, DataView, useData, useErrorText, useSend } from '@mkib/web-data-access';
import { Alert, Button, DataTable, Dialog, ErrorAlert, Heading, Paragraph } from '@mkib/web-ui';
import { isoDay } from './bbp-rules';
import { dayInWords } from './format';
import { BBP_CONSOLIDATION, WITHDRAW_WISH } from './operations';
import { WishFormDialog } from './wish-form';
import { cost, LateMarker, useWishState } from './wish-list';

type Wish = BbpWishFieldsFragment;

/**
 * A party's wishes for the BBP of a year (SK-3.4): the deadline, its own wishes with their late marker and
 * what became of them, a new wish (also after the deadline: accepted and marked late) and withdrawing one
 * before the consolidation. For the security officer and accountable official of a party of art. 1e and
 * the LMS.
 */
export function PartyWishes(props: { year: number; party: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const result = useData(BBP_CONSOLIDATION, { year: props.year });
  const wishState = useWishState();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Wish | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    setError(null);
    result.refetch();
  };
  const withdraw = async (w: Wish) => {
    try {
      await send(WITHDRAW_WISH, { id: w.id });
      setWithdrawing(null);
      done(t('bbp.wishes.withdrawnNotice', { subject: w.subject }));
    } catch (err) {
      setWithdrawing(null);
      setNotice(null);
      setError(errorText(err).message);
    }
  };
  return (
    <section aria-labelledby="party-wishes-title" className="mkib-section">
      <Heading level={2} id="party-wishes-title">
        {t('bbp.wishes.ownTitle', { year: props.year })}
      </Heading>
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert message={error} />
      <DataView result={result}>
        {({ bbpYear: b, wishes: all }) => {
          if (!b) return <Paragraph>{t('bbp.wishes.notOpened', { year: props.year })}</Paragraph>;
          // The LMS reads every party's wishes: here only its own.
          const wishes = all.filter((w) => w.party.code === props.party);
          const open = b.state === 'OPEN';
          const afterDeadline = isoDay(new Date()) > b.wishesDeadline;
          return (
            <>
              <Paragraph data-testid="wishes-deadline">
                {t(afterDeadline ? 'bbp.wishes.deadlinePast' : 'bbp.wishes.deadline', {
                  date: dayInWords(b.wishesDeadline, i18n.language),
                })}
              </Paragraph>
              {!open && <Paragraph>{t('bbp.wishes.closed')}</Paragraph>}
              {open && (
                <div className="mkib-actions">
                  <Button appearance="primary-action-button" onClick={() => setAdding(true)}>
                    {t('bbp.wishes.add')}
                  </Button>
                </div>
              )}
              {wishes.length === 0 ? (
                <Paragraph>{t('bbp.wishes.none')}</Paragraph>
              ) : (
                <DataTable
                  caption={t('bbp.wishes.ownCaption', { year: props.year })}
                  rows={wishes}
                  rowKey={(w) => w.id}
                  rowProps={(w) => ({ 'data-wish': w.subject })}
                  columns={[
                    {
                      header: t('bbp.wishes.subject'),
                      cell: (w) => (
                        <>
                          {w.subject} <LateMarker wish={w} />
                          <div className="mkib-muted">{w.reasoning}</div>
                        </>
                      ),
                    },
                    { header: t('bbp.wishes.estimatedCost'), cell: cost },
                    {
                      header: t('bbp.wishes.priority'),
                      cell: (w) => t(`bbp.wishes.priorities.${w.priority}`),
                    },
                    {
                      header: t('bbp.wishes.submittedAt'),
                      cell: (w) => `${w.submittedAt.slice(0, 10)} (${w.submittedBy})`,
                    },
                    { header: t('bbp.wishes.state'), cell: wishState },
                    open && {
                      header: t('bbp.wishes.actions'),
                      hidden: true,
                      cell: (w) =>
                        w.withdrawn ? null : (
                          <Button appearance="secondary-action-button" onClick={() => setWithdrawing(w)}>
                            {t('bbp.wishes.withdraw')}
                            <span className="mkib-sr-only">: {w.subject}</span>
                          </Button>
                        ),
                    },
                  ]}
                />
              )}
              {adding && (
                <WishFormDialog
                  year={props.year}
                  afterDeadline={afterDeadline}
                  onClose={() => setAdding(false)}
                  onSaved={(message) => {
                    setAdding(false);
                    done(message);
                  }}
                />
              )}
              {withdrawing && (
                <Dialog
                  title={t('bbp.wishes.withdrawTitle')}
                  closeLabel={t('bbp.cancel')}
                  onClose={() => setWithdrawing(null)}
                >
                  <Paragraph>{t('bbp.wishes.withdrawConfirm', { subject: withdrawing.subject })}</Paragraph>
                  <div className="mkib-actions">
                    <Button appearance="primary-action-button" onClick={() => void withdraw(withdrawing)}>
                      {t('bbp.wishes.withdraw')}
                    </Button>
                  </div>
                </Dialog>
              )}
            </>
          );
        }}
      </DataView>
    </section>
  );
}
