import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoardDecision,
  MeetingItemFieldsFragment,
  Session,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Alert, Button, DateField, ErrorAlert, Paragraph, SelectField, TextareaField } from '@mkib/web-ui';
import { MEETING_ADVISE, MEETING_DECIDE } from './meeting-operations';

/** The kinds whose decision may carry an aanwijzing (as the server's DECISIONS_BY_KIND says). */
const WITH_INSTRUCTION = ['ICV', 'INVESTIGATION', 'ESCALATION', 'WORKING_GROUP_REPORT', 'SIGNAL', 'FREE'];
const decisionsOf = (kind: string): BoardDecision[] =>
  WITH_INSTRUCTION.includes(kind)
    ? ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD']
    : ['AANVAARD', 'NIET_AANVAARD'];

/** Whether the signed-in person advises for the SMB, or decides for the BMB. */
export function meetingBoardRoles(session: Session) {
  const { party, roles } = session;
  return {
    smb: party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary')),
    bmb: party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary')),
  };
}

/**
 * An item of any kind on a meeting's agenda with the SMB's advice and the BMB's decision (the one
 * mechanism of adviseBoardItem/decideBoardItem), the forms for whoever gives them; an aanwijzing to a
 * named party with AANVAARD_MET_AANWIJZING. Generalises the BBP's BoardItemDecision to every kind.
 */
export function MeetingItemDecision(props: {
  item: MeetingItemFieldsFragment;
  session: Session;
  parties: { code: string; name: string }[];
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const { item } = props;
  const { smb, bmb } = meetingBoardRoles(props.session);
  const [advice, setAdvice] = useState('');
  const [decision, setDecision] = useState<BoardDecision>('AANVAARD');
  const [text, setText] = useState('');
  const [instruction, setInstruction] = useState({ description: '', dueDate: '', party: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      props.onChanged(done);
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setBusy(false);
    }
  };
  const withInstruction = decision === 'AANVAARD_MET_AANWIJZING';
  return (
    <div data-board-item-kind={item.kind} data-board-item={item.id}>
      <ErrorAlert message={error} />
      <Paragraph data-testid={`meeting-advice-${item.id}`}>
        {t('bbp.board.advice')}:{' '}
        {item.advice
          ? `${item.advice} (${item.advisedBy ?? ''}, ${(item.advisedAt ?? '').slice(0, 10)})`
          : t('bbp.board.noAdvice')}
      </Paragraph>
      {smb && !item.advice && (
        <div className="mkib-form">
          <TextareaField
            label={t('bbp.board.adviceLabel', { title: item.title })}
            name={`meeting-advice-${item.id}`}
            value={advice}
            onValue={setAdvice}
          />
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() =>
              void run(() => send(MEETING_ADVISE, { id: item.id, advice }), t('bbp.board.advised'))
            }
          >
            {t('bbp.board.recordAdvice')}
          </Button>
        </div>
      )}
      <Paragraph data-testid={`meeting-decision-${item.id}`}>
        {t('bbp.board.decision')}:{' '}
        {item.decision
          ? `${t(`boards.decisions.${item.decision}`)}. ${item.decisionText ?? ''}`
          : t('bbp.board.noDecision')}
      </Paragraph>
      {bmb && !item.decision && (
        <div className="mkib-form">
          {!item.advice && <Alert type="info">{t('bbp.board.waitForAdvice')}</Alert>}
          <SelectField
            label={t('bbp.board.decisionLabel', { title: item.title })}
            name={`meeting-decision-${item.id}`}
            value={decision}
            onValue={(v) => setDecision(v as BoardDecision)}
            options={decisionsOf(item.kind).map((d) => ({ value: d, label: t(`boards.decisions.${d}`) }))}
          />
          <TextareaField
            label={t('bbp.board.decisionText')}
            name={`meeting-decision-text-${item.id}`}
            value={text}
            onValue={setText}
          />
          {withInstruction && (
            <>
              <TextareaField
                label={t('meetings.decision.instructionDescription')}
                name={`meeting-instruction-${item.id}`}
                value={instruction.description}
                onValue={(description) => setInstruction((i) => ({ ...i, description }))}
              />
              <SelectField
                label={t('meetings.decision.instructionParty')}
                name={`meeting-instruction-party-${item.id}`}
                value={instruction.party}
                placeholder={t('meetings.add.choose')}
                onValue={(party) => setInstruction((i) => ({ ...i, party }))}
                options={props.parties.map((p) => ({ value: p.code, label: p.name }))}
              />
              <DateField
                label={t('meetings.decision.instructionDue')}
                name={`meeting-instruction-due-${item.id}`}
                value={instruction.dueDate}
                onValue={(dueDate) => setInstruction((i) => ({ ...i, dueDate }))}
              />
            </>
          )}
          <Button
            appearance="primary-action-button"
            disabled={!item.advice || busy}
            onClick={() =>
              void run(
                () =>
                  send(MEETING_DECIDE, {
                    input: {
                      agendaItemId: item.id,
                      decision,
                      text,
                      instruction: withInstruction
                        ? { ...instruction, party: instruction.party || null }
                        : null,
                    },
                  }),
                t('bbp.board.decided'),
              )
            }
          >
            {t('bbp.board.recordDecision')}
          </Button>
        </div>
      )}
    </div>
  );
}
