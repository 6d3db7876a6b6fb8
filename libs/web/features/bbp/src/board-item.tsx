import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BbpBoardItemFieldsFragment,
  BoardDecision,
  Session,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Alert, Button, ErrorAlert, Paragraph, SelectField, TextareaField } from '@mkib/web-ui';
import { BBP_ADVISE_ITEM, BBP_DECIDE_ITEM } from './operations';

const DECISIONS = ['AANVAARD', 'NIET_AANVAARD'] as const;

/** Whether the signed-in person advises for the SMB, or decides for the BMB. */
export function boardRoles(session: Session) {
  const { party, roles } = session;
  return {
    smb: party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary')),
    bmb: party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary')),
  };
}

/**
 * A BBP or progress-reports item on the boards' agenda: its kind in words, the SMB's advice and the BMB's
 * decision, with the forms for whoever gives them (the BMB decides only after the advice).
 */
export function BoardItemDecision(props: {
  item: BbpBoardItemFieldsFragment;
  session: Session;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const { item } = props;
  const { smb, bmb } = boardRoles(props.session);
  const kind = item.kind === 'BBP' ? 'BBP' : 'PROGRESS_REPORTS';
  const [advice, setAdvice] = useState('');
  const [decision, setDecision] = useState<BoardDecision>('AANVAARD');
  const [text, setText] = useState('');
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
  return (
    <div className="mkib-card" data-board-item-kind={item.kind} data-board-item={item.id}>
      <Paragraph>
        <strong>{t(`bbp.board.kinds.${kind}`)}</strong>: {item.title}{' '}
        <span className="mkib-muted">
          ({t('bbp.board.submitted', { at: item.submittedAt.slice(0, 10) })})
        </span>
      </Paragraph>
      <ErrorAlert message={error} />
      <Paragraph data-testid={`board-advice-${item.id}`}>
        {t('bbp.board.advice')}:{' '}
        {item.advice ? `${item.advice} (${item.advisedBy ?? ''})` : t('bbp.board.noAdvice')}
      </Paragraph>
      {smb && !item.advice && (
        <div className="mkib-form">
          <TextareaField
            label={t('bbp.board.adviceLabel', { title: item.title })}
            name={`board-advice-${item.id}`}
            value={advice}
            onValue={setAdvice}
          />
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() =>
              void run(() => send(BBP_ADVISE_ITEM, { id: item.id, advice }), t('bbp.board.advised'))
            }
          >
            {t('bbp.board.recordAdvice')}
          </Button>
        </div>
      )}
      <Paragraph data-testid={`board-decision-${item.id}`}>
        {t('bbp.board.decision')}:{' '}
        {item.decision
          ? `${t(`bbp.board.decisions.${kind}.${item.decision === 'NIET_AANVAARD' ? 'NIET_AANVAARD' : 'AANVAARD'}`)}. ${item.decisionText ?? ''}`
          : t('bbp.board.noDecision')}
      </Paragraph>
      {bmb && !item.decision && (
        <div className="mkib-form">
          {!item.advice && <Alert type="info">{t('bbp.board.waitForAdvice')}</Alert>}
          <SelectField
            label={t('bbp.board.decisionLabel', { title: item.title })}
            name={`board-decision-${item.id}`}
            value={decision}
            onValue={(v) => setDecision(v as BoardDecision)}
            options={DECISIONS.map((d) => ({ value: d, label: t(`bbp.board.decisions.${kind}.${d}`) }))}
          />
          <TextareaField
            label={t('bbp.board.decisionText')}
            name={`board-decision-text-${item.id}`}
            value={text}
            onValue={setText}
          />
          <Button
            appearance="primary-action-button"
            disabled={!item.advice || busy}
            onClick={() =>
              void run(
                () =>
                  send(BBP_DECIDE_ITEM, {
                    input: { agendaItemId: item.id, decision, text, instruction: null },
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
