import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaQuery, BoardDecision } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DateField,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { RECORD_ADVICE, RECORD_DECISION, REVIEW_INSTRUCTION } from './operations';
import type { Run } from './boards-workspace';

type Item = AgendaQuery['agenda'][number];
const DECISIONS = ['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'] as const;

/**
 * One submitted ICV on the agenda: statement, exceptions, the SMB's advice (its form for the SMB), the
 * BMB's decision (its form for the BMB, after the advice) and the instructions to close.
 */
export function AgendaItem(props: { item: Item; smb: boolean; bmb: boolean; run: Run }) {
  const { t } = useTranslation();
  const { item: i, smb, bmb, run } = props;
  const [advice, setAdvice] = useState('');
  const [d, setD] = useState({ decision: 'AANVAARD', text: '', instruction: '', dueDate: '' });
  return (
    <article className="mkib-card" data-agenda-item={i.party} aria-labelledby={`item-${i.id}`}>
      <Heading level={3} id={`item-${i.id}`}>
        {i.party} (v{i.version})
      </Heading>
      <Paragraph>
        <strong>{t(`icv.statements.${i.statement}`)}</strong> — {t(`icv.scopes.${i.scope}`)}
      </Paragraph>
      <Paragraph className="mkib-muted">
        {t('boards.signed', { who: i.signedBy, at: i.submittedAt.slice(0, 10) })}
      </Paragraph>
      {i.proposedStatement && (
        <Alert type={i.deviatesFromProposal ? 'warning' : 'info'}>
          {t(i.deviatesFromProposal ? 'boards.deviates' : 'boards.proposed', {
            proposed: t(`icv.statements.${i.proposedStatement}`),
          })}
        </Alert>
      )}
      {i.exceptions.length > 0 && (
        <ul>
          {i.exceptions.map((e, n) => (
            <li key={n}>
              {e.measures.map((m) => `${m.frameworkCode} ${m.identifier}`).join(', ')}
              {e.measures.length > 0 && ': '}
              {e.explanation} ({e.plannedDate})
            </li>
          ))}
        </ul>
      )}
      {i.missingReports.length > 0 && (
        <ul>
          {i.missingReports.map((r) => (
            <li key={r.party}>{t('boards.missingReport', { party: r.party, explanation: r.explanation })}</li>
          ))}
        </ul>
      )}
      <Paragraph data-testid={`advice-${i.party}`}>
        {t('boards.advice')}: {i.advice ?? t('boards.noAdvice')}
      </Paragraph>
      {smb && !i.advice && (
        <div>
          <TextareaField
            label={t('boards.adviceLabel', { party: i.party })}
            name={`advice-${i.party}`}
            value={advice}
            onValue={setAdvice}
          />
          <Button
            appearance="primary-action-button"
            onClick={() => void run(RECORD_ADVICE, { id: i.id, a: advice }, t('boards.advised'))}
          >
            {t('boards.recordAdvice')}
          </Button>
        </div>
      )}
      <Paragraph data-testid={`decision-${i.party}`}>
        {t('boards.decision')}:{' '}
        {i.decision
          ? `${t(`boards.decisions.${i.decision}`)}. ${i.decisionText ?? ''}`
          : t('boards.noDecision')}
      </Paragraph>
      {bmb && !i.decision && (
        <div>
          {!i.advice && <Alert type="info">{t('boards.waitForAdvice')}</Alert>}
          <SelectField
            label={t('boards.decisionLabel', { party: i.party })}
            name={`decision-${i.party}`}
            value={d.decision}
            onValue={(v) => setD({ ...d, decision: v })}
            options={DECISIONS.map((x) => ({ value: x, label: t(`boards.decisions.${x}`) }))}
          />
          <TextareaField
            label={t('boards.decisionText')}
            name={`decision-text-${i.party}`}
            value={d.text}
            onValue={(v) => setD({ ...d, text: v })}
          />
          {d.decision === 'AANVAARD_MET_AANWIJZING' && (
            <>
              <TextField
                label={t('boards.instruction')}
                name={`instruction-${i.party}`}
                value={d.instruction}
                onValue={(v) => setD({ ...d, instruction: v })}
              />
              <DateField
                label={t('boards.instructionDue')}
                name={`instruction-due-${i.party}`}
                value={d.dueDate}
                onValue={(v) => setD({ ...d, dueDate: v })}
              />
            </>
          )}
          <Button
            appearance="primary-action-button"
            disabled={!i.advice}
            onClick={() =>
              void run(
                RECORD_DECISION,
                {
                  i: {
                    agendaItemId: i.id,
                    decision: d.decision as BoardDecision,
                    text: d.text,
                    instruction:
                      d.decision === 'AANVAARD_MET_AANWIJZING'
                        ? { description: d.instruction, dueDate: d.dueDate }
                        : null,
                  },
                },
                t('boards.decided'),
              )
            }
          >
            {t('boards.recordDecision')}
          </Button>
        </div>
      )}
      {i.instructions.map((ins) => (
        <div key={ins.id} className="mkib-muted" data-instruction={ins.state}>
          {t('boards.instructionLine', {
            text: ins.description,
            due: ins.dueDate,
            state: t(`boards.instructionStates.${ins.state}`),
          })}
          {ins.doneReport && ` — ${ins.doneReport}`}
          {bmb && ins.state === 'GEREED_GEMELD' && (
            <>
              {' '}
              <Button
                appearance="subtle-button"
                onClick={() => void run(REVIEW_INSTRUCTION, { id: ins.id, ok: true }, t('boards.closed'))}
              >
                {t('boards.close')}
              </Button>
              <Button
                appearance="subtle-button"
                onClick={() => void run(REVIEW_INSTRUCTION, { id: ins.id, ok: false }, t('boards.reopened'))}
              >
                {t('boards.reopen')}
              </Button>
            </>
          )}
        </div>
      ))}
    </article>
  );
}
