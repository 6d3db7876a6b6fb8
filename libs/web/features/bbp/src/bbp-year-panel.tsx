import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, Session, useData } from '@mkib/web-data-access';
import { Alert, Button, Heading, Paragraph } from '@mkib/web-ui';
import { BoardItemDecision } from './board-item';
import { CalendarFormDialog } from './calendar-form';
import { PdcaCalendar } from './calendar-view';
import { dayInWords } from './format';
import { BBP_YEAR_QUERY } from './operations';
import { BbpYearChoice } from './year-choice';

/** Whether the signed-in person manages the BBP year (the SMB's board secretary). */
export const managesBbp = (session: Session) =>
  session.party === 'smb' && session.roles.includes('board-secretary');

function BbpYearDetails(props: { year: number; session: Session }) {
  const { t, i18n } = useTranslation();
  const result = useData(BBP_YEAR_QUERY, { year: props.year });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const secretary = managesBbp(props.session);
  const day = (d: string) => dayInWords(d, i18n.language);
  const changed = (message: string) => {
    setNotice(message);
    setChanges((n) => n + 1);
    result.refetch();
  };
  return (
    <>
      {notice && <Alert type="ok">{notice}</Alert>}
      <DataView result={result}>
        {({ bbpYear: b }) => (
          <section aria-labelledby="bbp-year-title" className="mkib-section">
            <Heading level={2} id="bbp-year-title">
              {t('bbp.yearTitle', { year: props.year })}
            </Heading>
            {!b ? (
              <Paragraph data-testid="bbp-state">{t('bbp.notOpened', { year: props.year })}</Paragraph>
            ) : (
              <>
                <Paragraph data-testid="bbp-state">
                  {t('bbp.stateLine', {
                    state: t(`bbp.states.${b.state}`),
                    version: b.policyVersion,
                  })}
                </Paragraph>
                <dl data-testid="bbp-dates">
                  {[
                    { key: 'wishesDeadline', value: day(b.wishesDeadline) },
                    {
                      key: 'progressReportMoments',
                      value: b.progressReportMoments.map((d) => day(d)).join('; '),
                    },
                    { key: 'smbMeetings', value: b.smbMeetings.map((d) => day(d)).join('; ') },
                    { key: 'bmbMeetings', value: b.bmbMeetings.map((d) => day(d)).join('; ') },
                    { key: 'adoptionDate', value: day(b.adoptionDate) },
                  ].map((r) => (
                    <div key={r.key} data-date={r.key}>
                      <dt style={{ fontWeight: 'bold' }}>{t(`bbp.form.${r.key}`)}</dt>
                      <dd style={{ marginInlineStart: 0, marginBlockEnd: '0.5rem' }}>{r.value}</dd>
                    </div>
                  ))}
                </dl>
                <Paragraph className="mkib-muted">
                  {t('bbp.openedBy', { who: b.openedBy, at: b.openedAt.slice(0, 10) })}
                </Paragraph>
                {b.boardItem && (
                  <BoardItemDecision item={b.boardItem} session={props.session} onChanged={changed} />
                )}
              </>
            )}
            {/* Adopted too: future moments and meetings still move (the server refuses the rest). */}
            {secretary && (
              <div className="mkib-actions">
                <Button appearance="primary-action-button" onClick={() => setEditing(true)}>
                  {t(b ? 'bbp.form.moveButton' : 'bbp.form.openButton', { year: props.year })}
                </Button>
              </div>
            )}
            {editing && (
              <CalendarFormDialog
                year={props.year}
                opened={b ?? null}
                onClose={() => setEditing(false)}
                onSaved={(message) => {
                  setEditing(false);
                  changed(message);
                }}
              />
            )}
          </section>
        )}
      </DataView>
      <PdcaCalendar year={props.year} refreshKey={changes} />
    </>
  );
}

/**
 * The boards' "BBP en kalender": the BBP year with its state and dates, the whole PDCA calendar, and for
 * the SMB's board secretary the calendar form (open the year, move its dates while it is not adopted).
 * The BBP's item on the agenda shows here with the SMB's advice and the BMB's decision.
 */
export function BbpYearPanel(props: { session: Session }) {
  return (
    <BbpYearChoice name="bbp-year">
      {(year) => <BbpYearDetails key={year} year={year} session={props.session} />}
    </BbpYearChoice>
  );
}
