import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Board,
  DataView,
  MeetingFieldsFragment,
  Session,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DateField,
  Dialog,
  downloadFile,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { BoardItemDecision } from './board-item-decision';
import {
  ADD_MEETING_ITEM,
  MEETING,
  MEETING_PACK,
  MEETING_PARTIES,
  MEETING_SOURCES,
  MEETINGS,
  PLAN_MEETING,
  RECORD_MINUTES,
  REMOVE_MEETING_ITEM,
  REORDER_MEETING,
} from './meeting-operations';

/** The board whose meetings the signed-in person keeps: the board secretary of the SMB or the BMB. */
export function managedBoard(session: Session): Board | null {
  if (!session.roles.includes('board-secretary')) return null;
  return session.party === 'smb' ? 'SMB' : session.party === 'bmb' ? 'BMB' : null;
}

/** Plans a meeting of the secretary's own board, in a dialog (focus in, and back to the button). */
export function PlanMeetingDialog(props: { board: Board; onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [form, setForm] = useState({ date: '', title: '', location: '' });
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await send(PLAN_MEETING, {
        input: { board: props.board, date: form.date, title: form.title, location: form.location || null },
      });
      props.onSaved(r.planMeeting.id);
    } catch (err) {
      const e = errorText(err, ['date', 'title', 'location']);
      setError(e.message);
      setFields(e.fields);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('meetings.planTitle')} closeLabel={t('meetings.close')} onClose={props.onClose}>
      <ErrorAlert message={error} />
      <div className="mkib-form">
        <Paragraph>
          {t('meetings.form.board')}: {t(`meetings.boards.${props.board}`)}
        </Paragraph>
        <DateField
          label={t('meetings.form.date')}
          name="meeting-date"
          value={form.date}
          error={fields.date}
          onValue={(date) => setForm((f) => ({ ...f, date }))}
        />
        <TextField
          label={t('meetings.form.title')}
          name="meeting-title"
          value={form.title}
          error={fields.title}
          onValue={(title) => setForm((f) => ({ ...f, title }))}
        />
        <TextField
          label={t('meetings.form.location')}
          name="meeting-location"
          value={form.location}
          error={fields.location}
          onValue={(location) => setForm((f) => ({ ...f, location }))}
        />
        <Button appearance="primary-action-button" disabled={busy} onClick={() => void save()}>
          {t('meetings.form.save')}
        </Button>
      </div>
    </Dialog>
  );
}

type Source = 'BOARD_ITEM' | 'SIGNAL' | 'WISHES' | 'FREE';
const SOURCES: Source[] = ['BOARD_ITEM', 'SIGNAL', 'WISHES', 'FREE'];

/** The agenda builder's form: an item of the boards' agenda, a signal, a BBP year's wishes or a free item. */
export function AddAgendaItemForm(props: {
  meeting: MeetingFieldsFragment;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const sources = useData(MEETING_SOURCES, {});
  const [source, setSource] = useState<Source>('BOARD_ITEM');
  const [value, setValue] = useState('');
  const [free, setFree] = useState({ title: '', description: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onAgenda = new Set(props.meeting.agenda.map((e) => e.item.id));
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const input = {
        meetingId: props.meeting.id,
        ...(source === 'BOARD_ITEM' ? { boardItemId: value } : {}),
        ...(source === 'SIGNAL' ? { signalId: value } : {}),
        ...(source === 'WISHES' ? { wishesYear: Number(value) } : {}),
        ...(source === 'FREE' ? { freeTitle: free.title, freeDescription: free.description } : {}),
      };
      await send(ADD_MEETING_ITEM, { input });
      setValue('');
      setFree({ title: '', description: '' });
      props.onChanged(t('meetings.add.added'));
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`meeting-add-${props.meeting.id}`} className="mkib-section">
      <Heading level={3} id={`meeting-add-${props.meeting.id}`}>
        {t('meetings.add.title')}
      </Heading>
      <ErrorAlert message={error} />
      <div className="mkib-form">
        <SelectField
          label={t('meetings.add.source')}
          name="meeting-source"
          value={source}
          onValue={(v) => {
            setSource(v as Source);
            setValue('');
          }}
          options={SOURCES.map((s) => ({ value: s, label: t(`meetings.add.sources.${s}`) }))}
        />
        {source !== 'FREE' && (
          <DataView result={sources}>
            {(data) => (
              <SelectField
                label={t(
                  source === 'BOARD_ITEM'
                    ? 'meetings.add.boardItem'
                    : source === 'SIGNAL'
                      ? 'meetings.add.signal'
                      : 'meetings.add.wishesYear',
                )}
                name="meeting-source-value"
                value={value}
                placeholder={t('meetings.add.choose')}
                onValue={setValue}
                options={
                  source === 'BOARD_ITEM'
                    ? data.boardItems
                        .filter((i) => !onAgenda.has(i.id))
                        .map((i) => ({ value: i.id, label: `${t(`bbp.board.kinds.${i.kind}`)}: ${i.title}` }))
                    : source === 'SIGNAL'
                      ? data.smbSignals.items.map((s) => ({
                          value: s.id,
                          label: `${s.summary} (${s.receivedAt.slice(0, 10)})`,
                        }))
                      : data.bbpYears.map((b) => ({ value: b.year, label: String(b.year) }))
                }
              />
            )}
          </DataView>
        )}
        {source === 'FREE' && (
          <>
            <TextField
              label={t('meetings.add.freeTitle')}
              name="meeting-free-title"
              value={free.title}
              onValue={(title) => setFree((f) => ({ ...f, title }))}
            />
            <TextareaField
              label={t('meetings.add.freeDescription')}
              name="meeting-free-description"
              value={free.description}
              onValue={(description) => setFree((f) => ({ ...f, description }))}
            />
          </>
        )}
        <Button appearance="primary-action-button" disabled={busy} onClick={() => void add()}>
          {t('meetings.add.save')}
        </Button>
      </div>
    </section>
  );
}

interface AttendeeRow {
  name: string;
  party: string;
  present: boolean;
}

/** Attendance rows, the minutes and a minute per item: records them (the meeting is held) or corrects them. */
export function MinutesDialog(props: {
  meeting: MeetingFieldsFragment;
  parties: { code: string; name: string }[];
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const m = props.meeting;
  const [rows, setRows] = useState<AttendeeRow[]>(() =>
    m.attendance.length
      ? m.attendance.map((a) => ({ name: a.name, party: a.party?.code ?? '', present: a.present }))
      : [{ name: '', party: '', present: true }],
  );
  const [minutes, setMinutes] = useState(m.minutes ?? '');
  const [itemMinutes, setItemMinutes] = useState<Record<string, string>>(() =>
    Object.fromEntries(m.agenda.map((e) => [e.item.id, e.minute ?? ''])),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setRow = (i: number, change: Partial<AttendeeRow>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await send(RECORD_MINUTES, {
        input: {
          meetingId: m.id,
          attendance: rows.map((r) => ({ name: r.name, party: r.party || null, present: r.present })),
          minutes,
          itemMinutes: m.agenda.map((e) => ({
            boardItemId: e.item.id,
            minute: itemMinutes[e.item.id] ?? '',
          })),
        },
      });
      props.onSaved(t('meetings.minutes.saved'));
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('meetings.minutes.record')} closeLabel={t('meetings.close')} onClose={props.onClose}>
      <ErrorAlert message={error} />
      <div className="mkib-form">
        <Fieldset legend={t('meetings.minutes.attendance')}>
          <ol style={{ paddingInlineStart: '1.25rem' }}>
            {rows.map((r, i) => (
              <li key={i} style={{ marginBlock: '0.5rem' }}>
                <TextField
                  label={t('meetings.minutes.attendee', { n: i + 1 })}
                  name={`attendee-${i + 1}`}
                  value={r.name}
                  onValue={(name) => setRow(i, { name })}
                />
                <SelectField
                  label={t('meetings.minutes.party', { n: i + 1 })}
                  name={`attendee-party-${i + 1}`}
                  value={r.party}
                  onValue={(party) => setRow(i, { party })}
                  options={[
                    { value: '', label: t('meetings.minutes.noParty') },
                    ...props.parties.map((p) => ({ value: p.code, label: p.name })),
                  ]}
                />
                <label>
                  <input
                    type="checkbox"
                    name={`attendee-present-${i + 1}`}
                    checked={r.present}
                    onChange={(e) => setRow(i, { present: e.target.checked })}
                  />{' '}
                  {t('meetings.minutes.present', { n: i + 1 })}
                </label>{' '}
                <Button
                  appearance="secondary-action-button"
                  onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                >
                  {t('meetings.minutes.removeAttendee', { n: i + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          <Button
            appearance="secondary-action-button"
            onClick={() => setRows((all) => [...all, { name: '', party: '', present: true }])}
          >
            {t('meetings.minutes.addAttendee')}
          </Button>
        </Fieldset>
        <TextareaField
          label={t('meetings.minutes.text')}
          name="meeting-minutes"
          value={minutes}
          onValue={setMinutes}
        />
        {m.agenda.map((e, i) => (
          <TextareaField
            key={e.item.id}
            label={t('meetings.minutes.itemMinute', { n: i + 1, title: e.item.title })}
            name={`meeting-item-minute-${i + 1}`}
            value={itemMinutes[e.item.id] ?? ''}
            onValue={(v) => setItemMinutes((all) => ({ ...all, [e.item.id]: v }))}
          />
        ))}
        <Button appearance="primary-action-button" disabled={busy} onClick={() => void save()}>
          {t('meetings.minutes.save')}
        </Button>
      </div>
    </Dialog>
  );
}

/** One meeting: its facts, the agenda (ordered, with advice and decision per item), minutes and pack. */
export function MeetingDetails(props: { id: string; session: Session; onBack(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const result = useData(MEETING, { id: props.id });
  const parties = useData(MEETING_PARTIES, {});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const [busy, setBusy] = useState(false);
  const changed = (message: string) => {
    setNotice(message);
    setError(null);
    result.refetch();
  };
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      changed(done);
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setBusy(false);
    }
  };
  const instructable = (parties.data?.parties ?? []).filter((p) =>
    ['HOOFDGEBRUIKER', 'BEHEERDER', 'MEDEGEBRUIKER', 'BIJZONDERE_GEBRUIKER'].includes(p.kind),
  );
  return (
    <DataView result={result}>
      {({ meeting: m }) => {
        const keeps = managedBoard(props.session) === m.board;
        const editable = keeps && m.state === 'GEPLAND';
        const ids = m.agenda.map((e) => e.item.id);
        const move = (i: number, by: number) => {
          const order = [...ids];
          [order[i], order[i + by]] = [order[i + by], order[i]];
          void run(
            () => send(REORDER_MEETING, { meetingId: m.id, boardItemIds: order }),
            t('meetings.reordered'),
          );
        };
        return (
          <section aria-labelledby="meeting-title" className="mkib-section" data-meeting={m.id}>
            <Button appearance="secondary-action-button" onClick={props.onBack}>
              {t('meetings.back')}
            </Button>
            <Heading level={2} id="meeting-title">
              {t('meetings.meetingTitle', { board: t(`meetings.boards.${m.board}`), title: m.title })}
            </Heading>
            <Paragraph data-testid="meeting-facts">
              {t('meetings.facts', {
                date: m.date,
                location: m.location ?? t('meetings.noLocation'),
                state: t(`meetings.states.${m.state}`),
              })}
            </Paragraph>
            {notice && <Alert type="ok">{notice}</Alert>}
            <ErrorAlert message={error} />
            <div className="mkib-actions">
              <Button
                appearance="secondary-action-button"
                onClick={() =>
                  void send(MEETING_PACK, { id: m.id })
                    .then((r) => downloadFile(r.meetingPack))
                    .catch((e) => setError(errorText(e).message))
                }
              >
                {t('meetings.pack')}
              </Button>
              {keeps && (
                <Button appearance="primary-action-button" onClick={() => setRecording(true)}>
                  {t(m.state === 'GEHOUDEN' ? 'meetings.minutes.correct' : 'meetings.minutes.record')}
                </Button>
              )}
            </div>
            <Heading level={3}>{t('meetings.agenda')}</Heading>
            {m.agenda.length === 0 ? (
              <Paragraph>{t('meetings.emptyAgenda')}</Paragraph>
            ) : (
              <ol className="mkib-list" data-testid="meeting-agenda">
                {m.agenda.map((e, i) => {
                  const label = t('meetings.itemLabel', { n: i + 1, title: e.item.title });
                  return (
                    <li key={e.item.id} className="mkib-card" data-agenda-item={e.item.id}>
                      <Paragraph>
                        <strong>{t(`bbp.board.kinds.${e.item.kind}`)}</strong>: {e.item.title}
                      </Paragraph>
                      {editable && (
                        <div className="mkib-actions">
                          <Button
                            appearance="secondary-action-button"
                            disabled={busy || i === 0}
                            onClick={() => move(i, -1)}
                          >
                            {t('meetings.up')}
                            <span className="mkib-sr-only"> {label}</span>
                          </Button>
                          <Button
                            appearance="secondary-action-button"
                            disabled={busy || i === m.agenda.length - 1}
                            onClick={() => move(i, 1)}
                          >
                            {t('meetings.down')}
                            <span className="mkib-sr-only"> {label}</span>
                          </Button>
                          <Button
                            appearance="secondary-action-button"
                            disabled={busy}
                            onClick={() =>
                              void run(
                                () => send(REMOVE_MEETING_ITEM, { meetingId: m.id, boardItemId: e.item.id }),
                                t('meetings.removed'),
                              )
                            }
                          >
                            {t('meetings.remove')}
                            <span className="mkib-sr-only"> {label}</span>
                          </Button>
                        </div>
                      )}
                      <BoardItemDecision
                        item={e.item}
                        session={props.session}
                        parties={instructable}
                        onChanged={changed}
                      />
                      {e.minute && (
                        <Paragraph>
                          {t('meetings.minuteOf')}: {e.minute}
                        </Paragraph>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
            {editable && <AddAgendaItemForm meeting={m} onChanged={changed} />}
            <Heading level={3}>{t('meetings.minutes.title')}</Heading>
            {m.minutes ? (
              <>
                <ul data-testid="meeting-attendance">
                  {m.attendance.map((a, i) => (
                    <li key={i}>
                      {a.name}
                      {a.party ? ` (${a.party.name})` : ''}:{' '}
                      {t(a.present ? 'meetings.minutes.presentYes' : 'meetings.minutes.presentNo')}
                    </li>
                  ))}
                </ul>
                <Paragraph style={{ whiteSpace: 'pre-line' }}>{m.minutes}</Paragraph>
                <Paragraph className="mkib-muted">
                  {t('meetings.minutes.recordedBy', {
                    who: m.minutesRecordedBy ?? '',
                    at: (m.minutesRecordedAt ?? '').slice(0, 10),
                  })}
                </Paragraph>
              </>
            ) : (
              <Paragraph>{t('meetings.minutes.none')}</Paragraph>
            )}
            {recording && (
              <MinutesDialog
                meeting={m}
                parties={parties.data?.parties ?? []}
                onClose={() => setRecording(false)}
                onSaved={(message) => {
                  setRecording(false);
                  changed(message);
                }}
              />
            )}
          </section>
        );
      }}
    </DataView>
  );
}

/**
 * The boards' "Vergaderingen": the meetings of the SMB and the BMB per board, newest first; the board
 * secretary plans a meeting of their own board and assembles its agenda; anyone of the boards opens one.
 */
export function MeetingsPanel(props: { session: Session }) {
  const { t } = useTranslation();
  const [board, setBoard] = useState<'ALL' | Board>('ALL');
  const [open, setOpen] = useState<string | null>(null);
  const [planning, setPlanning] = useState(false);
  const result = useData(MEETINGS, { board: board === 'ALL' ? null : board });
  const own = managedBoard(props.session);
  if (open) return <MeetingDetails id={open} session={props.session} onBack={() => setOpen(null)} />;
  return (
    <section aria-labelledby="meetings-title" className="mkib-section">
      <Heading level={2} id="meetings-title">
        {t('meetings.title')}
      </Heading>
      <SelectField
        label={t('meetings.boardFilter')}
        name="meetings-board"
        value={board}
        onValue={(v) => setBoard(v as 'ALL' | Board)}
        options={(['ALL', 'SMB', 'BMB'] as const).map((b) => ({
          value: b,
          label: t(`meetings.boards.${b}`),
        }))}
      />
      {own && (
        <div className="mkib-actions">
          <Button appearance="primary-action-button" onClick={() => setPlanning(true)}>
            {t('meetings.plan')}
          </Button>
        </div>
      )}
      {planning && own && (
        <PlanMeetingDialog
          board={own}
          onClose={() => setPlanning(false)}
          onSaved={(id) => {
            setPlanning(false);
            result.refetch();
            setOpen(id);
          }}
        />
      )}
      <DataView result={result}>
        {({ meetings }) =>
          meetings.length === 0 ? (
            <Paragraph>{t('meetings.none')}</Paragraph>
          ) : (
            <ul className="mkib-list" data-testid="meetings">
              {meetings.map((m) => (
                <li key={m.id} className="mkib-card" data-meeting={m.id}>
                  <Paragraph>
                    <strong>{m.date}</strong> {t(`meetings.boards.${m.board}`)}: {m.title}
                    {m.location ? `, ${m.location}` : ''} ({t(`meetings.states.${m.state}`)})
                  </Paragraph>
                  <Button
                    appearance="secondary-action-button"
                    aria-label={t('meetings.openMeeting', { title: m.title })}
                    onClick={() => setOpen(m.id)}
                  >
                    {t('meetings.open')}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </DataView>
    </section>
  );
}
