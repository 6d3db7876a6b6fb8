import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BbpYearFieldsFragment, useData, useErrorText, useSend } from '@mkib/web-data-access';
import { Button, DateField, DateInput, Dialog, ErrorAlert, Fieldset, Paragraph } from '@mkib/web-ui';
import { calendarForm, CalendarForm, calendarInput, calendarProblems } from './bbp-rules';
import { BBP_ICV_CYCLE, OPEN_BBP_YEAR, UPDATE_BBP_CALENDAR } from './operations';

type ListField = 'progressReportMoments' | 'smbMeetings' | 'bmbMeetings';
const LISTS: ListField[] = ['progressReportMoments', 'smbMeetings', 'bmbMeetings'];
const ICV_FIELDS = ['medegebruikerRapportages', 'icvIndiening', 'smbVergadering', 'bmbVergadering'] as const;
const FIELDS = ['wishesDeadline', 'adoptionDate', ...LISTS, ...ICV_FIELDS];

/** A list of dates (progress moments, meetings): one field each, numbered, with add and remove. */
function DateList(props: {
  field: ListField;
  values: string[];
  error?: string;
  onChange(values: string[]): void;
}) {
  const { t } = useTranslation();
  const { field, values } = props;
  const errorId = `bbp-${field}-error`;
  return (
    <Fieldset legend={t(`bbp.form.${field}`)}>
      {props.error && (
        <div className="utrecht-form-field-error-message" id={errorId} role="alert">
          {props.error}
        </div>
      )}
      <ol style={{ paddingInlineStart: '1.25rem' }}>
        {values.map((value, i) => (
          <li key={i} style={{ marginBlock: '0.25rem' }}>
            <DateInput
              name={`bbp-${field}-${i + 1}`}
              aria-label={t(`bbp.form.item.${field}`, { n: i + 1 })}
              aria-describedby={props.error ? errorId : undefined}
              aria-invalid={props.error ? true : undefined}
              value={value}
              onValue={(v) => props.onChange(values.map((x, j) => (j === i ? v : x)))}
            />{' '}
            {values.length > 1 && (
              <Button
                appearance="secondary-action-button"
                onClick={() => props.onChange(values.filter((_, j) => j !== i))}
              >
                {t('bbp.form.remove')}
                <span className="mkib-sr-only"> {t(`bbp.form.item.${field}`, { n: i + 1 })}</span>
              </Button>
            )}
          </li>
        ))}
      </ol>
      <Button appearance="secondary-action-button" onClick={() => props.onChange([...values, ''])}>
        {t(`bbp.form.add.${field}`)}
      </Button>
    </Fieldset>
  );
}

/**
 * The whole calendar of a BBP year in one form (the SMB's board secretary): the wishes deadline, the
 * progress-report moments, the SMB and BMB meetings and the adoption; optionally the ICV cycle of the year
 * before, whose deadlines fall in this year (opened, or its dates moved). Opens a year, or moves the dates
 * of an opened one. In the one Dialog: the focus moves in, and back to the button that opened it.
 */
export function CalendarFormDialog(props: {
  year: number;
  opened: BbpYearFieldsFragment | null;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const cycle = useData(BBP_ICV_CYCLE, { year: props.year - 1 });
  const [form, setForm] = useState<CalendarForm>(() => calendarForm(props.year, props.opened));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const icvCycle = cycle.data?.cycle;
  const set = (patch: Partial<CalendarForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = async () => {
    const problems = calendarProblems(form);
    if (problems.length) {
      const byField: Record<string, string> = {};
      for (const p of problems) byField[p.field] ??= t(`bbp.form.problems.${p.key}`, { year: form.year });
      setFields(byField);
      setError(t('bbp.form.fix'));
      return;
    }
    setBusy(true);
    setFields({});
    setError(null);
    try {
      const input = calendarInput(form);
      if (props.opened) await send(UPDATE_BBP_CALENDAR, { input });
      else await send(OPEN_BBP_YEAR, { input });
      props.onSaved(t(props.opened ? 'bbp.form.moved' : 'bbp.form.opened', { year: form.year }));
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
      title={t(props.opened ? 'bbp.form.moveTitle' : 'bbp.form.openTitle', { year: props.year })}
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
        <Paragraph className="mkib-muted">{t('bbp.form.intro', { year: props.year })}</Paragraph>
        <DateField
          label={t('bbp.form.wishesDeadline')}
          name="bbp-wishesDeadline"
          value={form.wishesDeadline}
          error={fields.wishesDeadline}
          onValue={(v) => set({ wishesDeadline: v })}
        />
        {LISTS.map((field) => (
          <DateList
            key={field}
            field={field}
            values={form[field]}
            error={fields[field]}
            onChange={(values) => set({ [field]: values })}
          />
        ))}
        <DateField
          label={t('bbp.form.adoptionDate')}
          hint={t('bbp.form.adoptionHint')}
          name="bbp-adoptionDate"
          value={form.adoptionDate}
          error={fields.adoptionDate}
          onValue={(v) => set({ adoptionDate: v })}
        />
        <Fieldset legend={t('bbp.form.icvCycle', { cycle: props.year - 1 })}>
          <label className="mkib-checkbox">
            <input
              type="checkbox"
              name="bbp-withIcvCycle"
              checked={form.withIcvCycle}
              onChange={(e) =>
                set({
                  withIcvCycle: e.target.checked,
                  // Start from the cycle's own dates when it is opened already.
                  icvCycle:
                    e.target.checked && icvCycle && !form.icvCycle.icvIndiening
                      ? {
                          medegebruikerRapportages: icvCycle.medegebruikerRapportages,
                          icvIndiening: icvCycle.icvIndiening,
                          smbVergadering: icvCycle.smbVergadering,
                          bmbVergadering: icvCycle.bmbVergadering,
                        }
                      : form.icvCycle,
                })
              }
            />{' '}
            {t(icvCycle ? 'bbp.form.moveIcvCycle' : 'bbp.form.openIcvCycle', { cycle: props.year - 1 })}
          </label>
          {form.withIcvCycle &&
            ICV_FIELDS.map((field) => (
              <DateField
                key={field}
                label={t(`bbp.form.icv.${field}`)}
                name={`bbp-icv-${field}`}
                value={form.icvCycle[field]}
                error={fields[field]}
                onValue={(v) => set({ icvCycle: { ...form.icvCycle, [field]: v } })}
              />
            ))}
        </Fieldset>
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t(props.opened ? 'bbp.form.move' : 'bbp.form.open', { year: props.year })}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
