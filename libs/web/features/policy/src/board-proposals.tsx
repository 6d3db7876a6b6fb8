import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoardDecision,
  BoardPolicyItemsQuery,
  DataView,
  Session,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Alert, Button, ErrorAlert, Heading, Paragraph, SelectField, TextareaField } from '@mkib/web-ui';
import { ADVISE_ITEM, BOARD_PROPOSALS, DECIDE_ITEM } from './operations';
import { ProposalSummary } from './proposal-summary';

type Item = BoardPolicyItemsQuery['boardItems'][number];
const DECISIONS = ['AANVAARD', 'NIET_AANVAARD'] as const;

/** One proposal on the agenda: the change and the responses, the SMB's advice and the BMB's decision forms. */
function BoardProposal(props: {
  item: Item;
  smb: boolean;
  bmb: boolean;
  onDone(message: string): void;
  onError(m: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const { item: i, smb, bmb } = props;
  const p = i.changeProposal;
  const number = p?.number ?? 0;
  const [advice, setAdvice] = useState('');
  const [decision, setDecision] = useState<BoardDecision>('AANVAARD');
  const [text, setText] = useState('');
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      props.onDone(done);
    } catch (err) {
      props.onError(errorText(err).message);
    }
  };
  return (
    <article className="mkib-card" data-board-item={number} aria-labelledby={`board-item-${i.id}`}>
      <Heading level={3} id={`board-item-${i.id}`}>
        {p ? t('policy.boards.item', { number: p.number, title: p.title }) : i.title}
      </Heading>
      <Paragraph className="mkib-muted">
        {t('policy.boards.submitted', { at: i.submittedAt.slice(0, 10) })}
      </Paragraph>
      {p && <ProposalSummary proposal={p} level={3} />}
      <Paragraph data-testid={`policy-advice-${number}`}>
        {t('policy.boards.advice')}:{' '}
        {i.advice ? `${i.advice} (${i.advisedBy ?? ''})` : t('policy.boards.noAdvice')}
      </Paragraph>
      {smb && !i.advice && (
        <div className="mkib-form">
          <TextareaField
            label={t('policy.boards.adviceLabel', { number })}
            name={`policy-advice-${number}`}
            value={advice}
            onValue={setAdvice}
          />
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(() => send(ADVISE_ITEM, { id: i.id, a: advice }), t('policy.boards.advised'))
            }
          >
            {t('policy.boards.recordAdvice')}
          </Button>
        </div>
      )}
      <Paragraph data-testid={`policy-decision-${number}`}>
        {t('policy.boards.decision')}:{' '}
        {i.decision
          ? `${t(`policy.boards.decided.${i.decision}`)}. ${i.decisionText ?? ''}`
          : t('policy.boards.noDecision')}
      </Paragraph>
      {bmb && !i.decision && (
        <div className="mkib-form">
          {!i.advice && <Alert type="info">{t('policy.boards.waitForAdvice')}</Alert>}
          <SelectField
            label={t('policy.boards.decisionLabel', { number })}
            name={`policy-decision-${number}`}
            value={decision}
            onValue={(v) => setDecision(v as BoardDecision)}
            options={DECISIONS.map((x) => ({ value: x, label: t(`policy.boards.decisions.${x}`) }))}
          />
          <TextareaField
            label={t('policy.boards.decisionText')}
            name={`policy-decision-text-${number}`}
            value={text}
            onValue={setText}
          />
          <Button
            appearance="primary-action-button"
            disabled={!i.advice}
            onClick={() =>
              void run(
                () => send(DECIDE_ITEM, { i: { agendaItemId: i.id, decision, text, instruction: null } }),
                t('policy.boards.decisionRecorded'),
              )
            }
          >
            {t('policy.boards.recordDecision')}
          </Button>
        </div>
      )}
    </article>
  );
}

/**
 * The policy changes on the boards' agenda (SK-3.1): the SMB advises, the BMB adopts (Vaststellen) or
 * not; read-only for everyone else (the auditor, the parties).
 */
export function BoardPolicyProposals(props: { session: Session }) {
  const { t } = useTranslation();
  const items = useData(BOARD_PROPOSALS, {});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { party, roles } = props.session;
  const smb = party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary'));
  const bmb = party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary'));
  return (
    <section aria-labelledby="board-policy-title" className="mkib-section">
      <Heading level={2} id="board-policy-title">
        {t('policy.boards.title')}
      </Heading>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      <DataView result={items}>
        {(d) =>
          d.boardItems.length === 0 ? (
            <Paragraph>{t('policy.boards.empty')}</Paragraph>
          ) : (
            <>
              {d.boardItems.map((i) => (
                <BoardProposal
                  key={i.id}
                  item={i}
                  smb={smb}
                  bmb={bmb}
                  onError={(m) => {
                    setNotice(null);
                    setError(m);
                  }}
                  onDone={(m) => {
                    setError(null);
                    setNotice(m);
                    items.refetch();
                  }}
                />
              ))}
            </>
          )
        }
      </DataView>
    </section>
  );
}
