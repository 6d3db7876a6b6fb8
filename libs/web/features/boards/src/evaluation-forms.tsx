import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluationKind, EvaluationsQuery, useErrorText, useSend } from '@mkib/web-data-access';
import {
  Button,
  DateField,
  Dialog,
  ErrorAlert,
  FileField,
  Fieldset,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { RECORD_EVALUATION_RESULT, START_EVALUATION } from './evaluation-operations';

type Evaluation = EvaluationsQuery['evaluations'][number];

const START_FIELDS = ['kind', 'title', 'periodFrom', 'periodTo', 'scope', 'auditor', 'reason'];
const RESULT_FIELDS = ['findings', 'report', 'completedOn'];

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Starting an evaluation audit: the five-yearly one, or an extra one with its reason (e.g. an incident). */
export function StartEvaluationDialog(props: { onClose(): void; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [form, setForm] = useState({
    kind: 'VIJFJAARLIJKS' as EvaluationKind,
    title: '',
    periodFrom: '',
    periodTo: '',
    scope: '',
    auditor: '',
    reason: '',
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const save = async () => {
    if (form.kind === 'EXTRA' && !form.reason.trim()) {
      setFields({ reason: t('evaluations.form.reasonRequired') });
      setError(t('evaluations.form.fix'));
      return;
    }
    setBusy(true);
    setFields({});
    setError(null);
    try {
      await send(START_EVALUATION, {
        input: { ...form, reason: form.kind === 'EXTRA' ? form.reason.trim() : null },
      });
      props.onSaved(t('evaluations.form.started'));
    } catch (err) {
      const text = errorText(err, START_FIELDS);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('evaluations.form.startTitle')}
      closeLabel={t('evaluations.close')}
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
        <SelectField
          label={t('evaluations.form.kind')}
          name="evaluation-kind"
          value={form.kind}
          error={fields.kind}
          onValue={(v) => set({ kind: v as EvaluationKind })}
          options={(['VIJFJAARLIJKS', 'EXTRA'] as const).map((k) => ({
            value: k,
            label: t(`evaluations.kinds.${k}`),
          }))}
        />
        {form.kind === 'EXTRA' && (
          <TextareaField
            label={t('evaluations.form.reason')}
            hint={t('evaluations.form.reasonHint')}
            name="evaluation-reason"
            rows={3}
            value={form.reason}
            error={fields.reason}
            onValue={(v) => set({ reason: v })}
          />
        )}
        <TextField
          label={t('evaluations.form.title')}
          name="evaluation-title"
          value={form.title}
          error={fields.title}
          onValue={(v) => set({ title: v })}
        />
        <DateField
          label={t('evaluations.form.periodFrom')}
          name="evaluation-periodFrom"
          value={form.periodFrom}
          error={fields.periodFrom}
          onValue={(v) => set({ periodFrom: v })}
        />
        <DateField
          label={t('evaluations.form.periodTo')}
          name="evaluation-periodTo"
          value={form.periodTo}
          error={fields.periodTo}
          onValue={(v) => set({ periodTo: v })}
        />
        <TextareaField
          label={t('evaluations.form.scope')}
          name="evaluation-scope"
          rows={3}
          value={form.scope}
          error={fields.scope}
          onValue={(v) => set({ scope: v })}
        />
        <TextField
          label={t('evaluations.form.auditor')}
          name="evaluation-auditor"
          value={form.auditor}
          error={fields.auditor}
          onValue={(v) => set({ auditor: v })}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('evaluations.form.start')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

interface FindingRow {
  id: string | null;
  text: string;
  followUp: string;
  state: string;
}

/**
 * Recording an evaluation's result: findings with their follow-up (edited, added, removed), the report
 * (uploaded, or the one uploaded kept), and completing it with a date (the report is needed then).
 */
export function RecordResultDialog(props: {
  evaluation: Evaluation;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [findings, setFindings] = useState<FindingRow[]>(
    props.evaluation.findings.map((f) => ({
      id: f.id,
      text: f.text,
      followUp: f.followUp ?? '',
      state: f.state,
    })),
  );
  const [file, setFile] = useState<File | undefined>();
  const [complete, setComplete] = useState(false);
  const [completedOn, setCompletedOn] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (i: number, patch: Partial<FindingRow>) =>
    setFindings((all) => all.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  const save = async () => {
    if (complete && !file && !props.evaluation.report) {
      setFields({ report: t('evaluations.form.reportRequired') });
      setError(t('evaluations.form.fix'));
      return;
    }
    setBusy(true);
    setFields({});
    setError(null);
    try {
      const report = file
        ? {
            filename: file.name,
            contentType: file.type || 'application/octet-stream',
            contentBase64: await toBase64(file),
          }
        : null;
      await send(RECORD_EVALUATION_RESULT, {
        input: {
          evaluationId: props.evaluation.id,
          findings: findings.map((f) => ({
            id: f.id,
            text: f.text.trim(),
            followUp: f.followUp.trim() || null,
            state: f.state,
          })),
          report,
          completedOn: complete ? completedOn : null,
        },
      });
      props.onSaved(t(complete ? 'evaluations.form.completed' : 'evaluations.form.recorded'));
    } catch (err) {
      const text = errorText(err, RESULT_FIELDS);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('evaluations.form.resultTitle', { title: props.evaluation.title })}
      closeLabel={t('evaluations.close')}
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
        {findings.map((f, i) => (
          <Fieldset key={f.id ?? `new-${i}`} legend={t('evaluations.form.finding', { n: i + 1 })}>
            <TextareaField
              label={t('evaluations.form.findingText')}
              name={`finding-${i}-text`}
              rows={2}
              value={f.text}
              onValue={(v) => change(i, { text: v })}
            />
            <TextareaField
              label={t('evaluations.form.followUp')}
              name={`finding-${i}-followUp`}
              rows={2}
              value={f.followUp}
              onValue={(v) => change(i, { followUp: v })}
            />
            <SelectField
              label={t('evaluations.form.findingState')}
              name={`finding-${i}-state`}
              value={f.state}
              onValue={(v) => change(i, { state: v })}
              options={['OPEN', 'AFGEHANDELD'].map((s) => ({
                value: s,
                label: t(`evaluations.findingStates.${s}`),
              }))}
            />
            <Button
              appearance="secondary-action-button"
              onClick={() => setFindings((all) => all.filter((_, j) => j !== i))}
            >
              {t('evaluations.form.removeFinding', { n: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <div className="mkib-actions">
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              setFindings((all) => [...all, { id: null, text: '', followUp: '', state: 'OPEN' }])
            }
          >
            {t('evaluations.form.addFinding')}
          </Button>
        </div>
        <FileField
          label={t('evaluations.form.report')}
          hint={
            props.evaluation.report
              ? t('evaluations.form.reportKept', { filename: props.evaluation.report.filename })
              : t('evaluations.form.reportHint')
          }
          name="evaluation-report"
          accept=".pdf,.docx,.odt,.txt"
          error={fields.report}
          onFile={setFile}
        />
        <label className="mkib-check">
          <input type="checkbox" checked={complete} onChange={(e) => setComplete(e.target.checked)} />{' '}
          {t('evaluations.form.complete')}
        </label>
        {complete && (
          <DateField
            label={t('evaluations.form.completedOn')}
            name="evaluation-completedOn"
            value={completedOn}
            error={fields.completedOn}
            onValue={setCompletedOn}
          />
        )}
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('evaluations.form.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
