import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardDecision, Session, useErrorText, useSend } from '@mkib/web-data-access';
import { Alert, Button, DateField, ErrorAlert, Paragraph, SelectField, TextareaField } from '@mkib/web-ui';
import { BOARD_ITEM_ADVISE, BOARD_ITEM_DECIDE } from './board-item-operations';

/** The kinds whose decision may carry an aanwijzing (as the server's DECISIONS_BY_KIND says). */
const WITH_INSTRUCTION = ['ICV', 'INVESTIGATION', 'ESCALATION', 'WORKING_GROUP_REPORT', 'SIGNAL', 'FREE'];
const decisionsOf = (kind: string | undefined): BoardDecision[] =>
  kind && WITH_INSTRUCTION.includes(kind)
    ? ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD']
    : ['AANVAARD', 'NIET_AANVAARD'];

/** Whether the signed-in person advises for the SMB, or decides for the BMB. */
export function boardItemRoles(session: Session) {
  const { party, roles } = session;
  return {
    smb: party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary')),
    bmb: party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary')),
  };
}

/** What the component reads of a board item (the BoardItemDecisionFields fragment, or part of it). */
export interface BoardItemDecisionItem {
  id: string;
  kind?: string;
  title: string;
  advice?: string | null;
  advisedBy?: string | null;
  advisedAt?: string | null;
  decision?: BoardDecision | null;
  decisionText?: string | null;
}

/**
 * A board item's SMB advice and BMB decision (the one mechanism of adviseBoardItem/decideBoardItem), with
 * the forms for whoever gives them; an aanwijzing to one of `parties` with AANVAARD_MET_AANWIJZING. Used
 * for every kind: the meeting's agenda, an investigation, a working group's report, an escalation.
 */
export function BoardItemDecision(props: {
  item: BoardItemDecisionItem;
  session: Session;
  /** The parties an aanwijzing may be addressed to. */
  parties?: { code: string; name: string }[];
  /** The decisions offered; by default those the item's kind allows. */
  decisions?: readonly BoardDecision[];
  /** The i18n keys of the texts (advice, recordAdvice, decisionLabel, …): the place's own wording. */
  texts?: string;
  /** Why the BMB cannot decide yet (e.g. an escalation's missing positions): shown, the decision disabled. */
  blockedNotice?: string;
  /** Shown above the advice, e.g. the item's title. */
  heading?: ReactNode;
  className?: string;
  as?: 'div' | 'li';
  /** After advice or decision: the parent refetches and shows the message. */
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const { item, texts = 'bbp.board' } = props;
  const { smb, bmb } = boardItemRoles(props.session);
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
  const decisionLabel = (d: BoardDecision) => t([`${texts}.decisions.${d}`, `boards.decisions.${d}`]);
  const advisedBy = [item.advisedBy, item.advisedAt?.slice(0, 10)].filter(Boolean).join(', ');
  const withInstruction = decision === 'AANVAARD_MET_AANWIJZING';
  const Root = props.as ?? 'div';
  return (
    <Root className={props.className} data-board-item-kind={item.kind} data-board-item={item.id}>
      {props.heading}
      <ErrorAlert message={error} />
      <Paragraph data-testid={`meeting-advice-${item.id}`}>
        {t(`${texts}.advice`)}: {item.advice ? `${item.advice} (${advisedBy})` : t(`${texts}.noAdvice`)}
      </Paragraph>
      {smb && !item.advice && (
        <div className="mkib-form">
          <TextareaField
            label={t(`${texts}.adviceLabel`, { title: item.title })}
            name={`meeting-advice-${item.id}`}
            value={advice}
            onValue={setAdvice}
          />
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() =>
              void run(() => send(BOARD_ITEM_ADVISE, { id: item.id, advice }), t(`${texts}.advised`))
            }
          >
            {t(`${texts}.recordAdvice`)}
          </Button>
        </div>
      )}
      <Paragraph data-testid={`meeting-decision-${item.id}`}>
        {t(`${texts}.decision`)}:{' '}
        {item.decision
          ? `${decisionLabel(item.decision)}. ${item.decisionText ?? ''}`
          : t(`${texts}.noDecision`)}
      </Paragraph>
      {!item.decision && props.blockedNotice && <Alert type="warning">{props.blockedNotice}</Alert>}
      {bmb && !item.decision && (
        <div className="mkib-form">
          {!item.advice && <Alert type="info">{t(`${texts}.waitForAdvice`)}</Alert>}
          <SelectField
            label={t(`${texts}.decisionLabel`, { title: item.title })}
            name={`meeting-decision-${item.id}`}
            value={decision}
            onValue={(v) => setDecision(v as BoardDecision)}
            options={(props.decisions ?? decisionsOf(item.kind)).map((d) => ({
              value: d,
              label: decisionLabel(d),
            }))}
          />
          <TextareaField
            label={t(`${texts}.decisionText`)}
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
                options={(props.parties ?? []).map((p) => ({ value: p.code, label: p.name }))}
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
            disabled={!item.advice || !!props.blockedNotice || busy}
            onClick={() =>
              void run(
                () =>
                  send(BOARD_ITEM_DECIDE, {
                    input: {
                      agendaItemId: item.id,
                      decision,
                      text,
                      instruction: withInstruction
                        ? { ...instruction, party: instruction.party || null }
                        : null,
                    },
                  }),
                t(`${texts}.decided`),
              )
            }
          >
            {t(`${texts}.recordDecision`)}
          </Button>
        </div>
      )}
    </Root>
  );
}
