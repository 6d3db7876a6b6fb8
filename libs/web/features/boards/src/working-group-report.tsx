import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoardDecision,
  Session,
  useErrorText,
  useSend,
  WorkingGroupReportItemFieldsFragment,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  Dialog,
  ErrorAlert,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import {
  SUBMIT_WORKING_GROUP_REPORT,
  WORKING_GROUP_ADVISE_ITEM,
  WORKING_GROUP_DECIDE_ITEM,
} from './working-group-operations';

const DECISIONS = ['AANVAARD', 'NIET_AANVAARD'] as const;

/** Whether the signed-in person advises for the SMB, or decides for the BMB. */
export function workingGroupBoardRoles(session: Session) {
  const { party, roles } = session;
  return {
    smb: party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary')),
    bmb: party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary')),
  };
}

/**
 * A working group's report as an item on the boards' agenda: the SMB's advice and the BMB's decision,
 * with the forms for whoever gives them (the BMB decides only after the advice).
 */
export function WorkingGroupReportItem(props: {
  item: WorkingGroupReportItemFieldsFragment;
  session: Session;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const { item } = props;
  const { smb, bmb } = workingGroupBoardRoles(props.session);
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
    <li className="mkib-card" data-board-item={item.id} data-board-item-kind={item.kind}>
      <Paragraph>
        <strong>{item.title}</strong>{' '}
        <span className="mkib-muted">
          ({t('workingGroups.item.submitted', { at: item.submittedAt.slice(0, 10) })})
        </span>
      </Paragraph>
      <ErrorAlert message={error} />
      <Paragraph data-testid={`board-advice-${item.id}`}>
        {t('workingGroups.item.advice')}:{' '}
        {item.advice ? `${item.advice} (${item.advisedBy ?? ''})` : t('workingGroups.item.noAdvice')}
      </Paragraph>
      {smb && !item.advice && (
        <div className="mkib-form">
          <TextareaField
            label={t('workingGroups.item.adviceLabel', { title: item.title })}
            name={`board-advice-${item.id}`}
            value={advice}
            onValue={setAdvice}
          />
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={() =>
              void run(
                () => send(WORKING_GROUP_ADVISE_ITEM, { id: item.id, advice }),
                t('workingGroups.item.advised'),
              )
            }
          >
            {t('workingGroups.item.recordAdvice')}
          </Button>
        </div>
      )}
      <Paragraph data-testid={`board-decision-${item.id}`}>
        {t('workingGroups.item.decision')}:{' '}
        {item.decision
          ? `${t(`workingGroups.item.decisions.${item.decision}`)}. ${item.decisionText ?? ''}`
          : t('workingGroups.item.noDecision')}
      </Paragraph>
      {bmb && !item.decision && (
        <div className="mkib-form">
          {!item.advice && <Alert type="info">{t('workingGroups.item.waitForAdvice')}</Alert>}
          <SelectField
            label={t('workingGroups.item.decisionLabel', { title: item.title })}
            name={`board-decision-${item.id}`}
            value={decision}
            onValue={(v) => setDecision(v as BoardDecision)}
            options={DECISIONS.map((d) => ({ value: d, label: t(`workingGroups.item.decisions.${d}`) }))}
          />
          <TextareaField
            label={t('workingGroups.item.decisionText')}
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
                  send(WORKING_GROUP_DECIDE_ITEM, {
                    input: { agendaItemId: item.id, decision, text, instruction: null },
                  }),
                t('workingGroups.item.decided'),
              )
            }
          >
            {t('workingGroups.item.recordDecision')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The SMB secretary puts a working group's report on the SMB agenda: a title and a summary. */
export function WorkingGroupReportDialog(props: {
  group: { id: string; name: string };
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const own: Record<string, string> = {};
    if (!title.trim()) own.title = t('workingGroups.problems.required');
    if (!summary.trim()) own.summary = t('workingGroups.problems.required');
    if (Object.keys(own).length) {
      setFields(own);
      setError(t('workingGroups.fix'));
      return;
    }
    setBusy(true);
    setFields({});
    setError(null);
    try {
      await send(SUBMIT_WORKING_GROUP_REPORT, {
        input: { workingGroupId: props.group.id, title: title.trim(), summary: summary.trim() },
      });
      props.onSaved(t('workingGroups.reportForm.submitted'));
    } catch (err) {
      const text = errorText(err, ['title', 'summary']);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('workingGroups.reportForm.title', { name: props.group.name })}
      closeLabel={t('workingGroups.close')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t('workingGroups.reportForm.reportTitle')}
          name="working-group-report-title"
          value={title}
          error={fields.title}
          onValue={setTitle}
        />
        <TextareaField
          label={t('workingGroups.reportForm.summary')}
          name="working-group-report-summary"
          rows={6}
          value={summary}
          error={fields.summary}
          onValue={setSummary}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('workingGroups.reportForm.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
