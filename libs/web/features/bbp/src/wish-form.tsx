import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, useSend, WishPriority } from '@mkib/web-data-access';
import { Button, Dialog, ErrorAlert, Paragraph, SelectField, TextareaField, TextField } from '@mkib/web-ui';
import { parseEuros, WISH_PRIORITIES, WishForm, wishProblems } from './bbp-rules';
import { SUBMIT_WISH } from './operations';

const FIELDS = ['subject', 'reasoning', 'estimatedCost', 'priority', 'party'];

/**
 * A wish for the BBP (SK-3.4): subject, reasoning, estimated cost in whole euros and priority. A party
 * submits its own; the board secretary records one on behalf of a party (`parties` to choose from). After
 * the deadline the wish is still accepted, and marked late: the form says so before it is sent.
 */
export function WishFormDialog(props: {
  year: number;
  /** The board secretary chooses the party; a party submits its own. */
  parties?: { code: string; name: string }[];
  afterDeadline: boolean;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [form, setForm] = useState<WishForm>({
    subject: '',
    reasoning: '',
    estimatedCost: '',
    priority: 'MIDDEN',
  });
  const [party, setParty] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<WishForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = async () => {
    const problems = wishProblems(form);
    const own: Record<string, string> = {};
    for (const p of problems) own[p.field] = t(`bbp.wishes.problems.${p.key}`);
    if (props.parties && !party) own.party = t('bbp.wishes.problems.party');
    if (Object.keys(own).length) {
      setFields(own);
      setError(t('bbp.form.fix'));
      return;
    }
    setBusy(true);
    setFields({});
    setError(null);
    try {
      await send(SUBMIT_WISH, {
        input: {
          year: props.year,
          party: props.parties ? party : null,
          subject: form.subject.trim(),
          reasoning: form.reasoning.trim(),
          estimatedCost: parseEuros(form.estimatedCost)!,
          priority: form.priority,
        },
      });
      props.onSaved(t(props.afterDeadline ? 'bbp.wishes.submittedLate' : 'bbp.wishes.submitted'));
    } catch (err) {
      const text = errorText(err, FIELDS);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('bbp.wishes.formTitle', { year: props.year })}
      closeLabel={t('bbp.close')}
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
        {props.parties && (
          <SelectField
            label={t('bbp.wishes.party')}
            name="wish-party"
            value={party}
            placeholder={t('bbp.choose')}
            error={fields.party}
            onValue={setParty}
            options={props.parties.map((p) => ({ value: p.code, label: p.name }))}
          />
        )}
        <TextField
          label={t('bbp.wishes.subject')}
          name="wish-subject"
          value={form.subject}
          error={fields.subject}
          onValue={(v) => set({ subject: v })}
        />
        <TextareaField
          label={t('bbp.wishes.reasoning')}
          name="wish-reasoning"
          rows={4}
          value={form.reasoning}
          error={fields.reasoning}
          onValue={(v) => set({ reasoning: v })}
        />
        <TextField
          label={t('bbp.wishes.estimatedCost')}
          hint={t('bbp.wishes.estimatedCostHint')}
          name="wish-estimatedCost"
          inputMode="numeric"
          value={form.estimatedCost}
          error={fields.estimatedCost}
          onValue={(v) => set({ estimatedCost: v })}
        />
        <SelectField
          label={t('bbp.wishes.priority')}
          name="wish-priority"
          value={form.priority}
          error={fields.priority}
          onValue={(v) => set({ priority: v as WishPriority })}
          options={WISH_PRIORITIES.map((p) => ({ value: p, label: t(`bbp.wishes.priorities.${p}`) }))}
        />
        {props.afterDeadline && <Paragraph role="note">{t('bbp.wishes.lateNote')}</Paragraph>}
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('bbp.wishes.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
