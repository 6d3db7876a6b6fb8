import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, useSend } from '@mkib/web-data-access';
import { Button, Dialog, ErrorAlert, TextareaField, TextField } from '@mkib/web-ui';
import { SUBMIT_WORKING_GROUP_REPORT } from './working-group-operations';

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
