import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanLineKind, PlanLineStatus, useAction, useData, useErrorText } from '@mkib/web-data-access';
import {
  Button,
  DateField,
  Dialog,
  ErrorAlert,
  Fieldset,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { PLAN_LINK_EXCEPTIONS, PLAN_LINK_FINDINGS, PLAN_LINK_TREATMENTS, SAVE_PLAN_LINE } from './operations';
import {
  exceptionKey,
  exceptionOptions,
  formProblems,
  formToInput,
  KINDS,
  LineForm,
  STATUSES,
  toggle,
  treatmentOptions,
} from './plan-lines';

/** A list of checkboxes in a fieldset; "none" when there is nothing to link. */
function LinkList<O>(props: {
  legend: string;
  name: string;
  options: readonly O[];
  keyOf(o: O): string;
  labelOf(o: O): string;
  checked(o: O): boolean;
  onToggle(o: O, on: boolean): void;
  loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={props.legend}>
      {props.loading ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : props.options.length === 0 ? (
        <Paragraph className="mkib-muted">{t('plan.form.noLinks')}</Paragraph>
      ) : (
        props.options.map((o) => (
          <label key={props.keyOf(o)} className="mkib-checkbox" style={{ display: 'block' }}>
            <input
              type="checkbox"
              name={props.name}
              value={props.keyOf(o)}
              checked={props.checked(o)}
              onChange={(e) => props.onToggle(o, e.target.checked)}
            />{' '}
            {props.labelOf(o)}
          </label>
        ))
      )}
    </Fieldset>
  );
}

/**
 * Adds or changes a line of the current plan (SK-2.3, SK-4.1, SK-5.1): what it implements (a measure or
 * a policy rule), description, owner, due date and status, and what it addresses: the party's findings
 * of the year, its ICV's exceptions, its risk treatments.
 */
export function LineDialog(props: { year: number; initial: LineForm; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form, setForm] = useState<LineForm>(props.initial);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [save, { fetching }] = useAction(SAVE_PLAN_LINE);
  const findings = useData(PLAN_LINK_FINDINGS, { year: props.year });
  const icv = useData(PLAN_LINK_EXCEPTIONS, { year: props.year });
  const treatments = useData(PLAN_LINK_TREATMENTS, {});
  const set = (patch: Partial<LineForm>) => setForm({ ...form, ...patch });
  const problems = formProblems(form);
  const problem = (field: keyof typeof problems) =>
    shown && problems[field] ? t(`plan.form.problems.${problems[field]}`) : undefined;

  const findingOptions = findings.data?.assessment.findings ?? [];
  // No ICV of the year yet (NOT_FOUND) means no exceptions to link, not an error.
  const exceptions = exceptionOptions(props.year, icv.data?.icv.exceptions ?? []);
  const treatmentList = treatmentOptions(treatments.data?.riskRegister.analyses ?? []);

  const submit = async () => {
    setShown(true);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    try {
      await save({ input: formToInput(form) });
      props.onSaved();
    } catch (err) {
      setError(errorText(err).message);
    }
  };

  return (
    <Dialog
      title={form.id ? t('plan.form.editTitle') : t('plan.form.addTitle')}
      closeLabel={t('plan.close')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label={t('plan.form.kind')}
          name="plan-line-kind"
          value={form.kind}
          onValue={(v) => set({ kind: v as PlanLineKind })}
          options={KINDS.map((k) => ({ value: k, label: t(`plan.kinds.${k}`) }))}
        />
        {form.kind === 'MAATREGEL' ? (
          <Fieldset legend={t('plan.form.measure')}>
            <TextField
              label={t('plan.form.frameworkCode')}
              name="plan-line-framework"
              value={form.frameworkCode}
              onValue={(v) => set({ frameworkCode: v })}
            />
            <TextField
              label={t('plan.form.identifier')}
              hint={t('plan.form.identifierHint')}
              name="plan-line-identifier"
              required
              value={form.identifier}
              error={problem('measure')}
              onValue={(v) => set({ identifier: v })}
            />
          </Fieldset>
        ) : (
          <TextField
            label={t('plan.form.policyRule')}
            hint={t('plan.form.policyRuleHint')}
            name="plan-line-rule"
            required
            value={form.policyRule}
            error={problem('policyRule')}
            onValue={(v) => set({ policyRule: v })}
          />
        )}
        <TextareaField
          label={t('plan.form.description')}
          name="plan-line-description"
          required
          value={form.description}
          error={problem('description')}
          onValue={(v) => set({ description: v })}
        />
        <TextField
          label={t('plan.form.owner')}
          hint={t('plan.form.ownerHint')}
          name="plan-line-owner"
          value={form.owner}
          onValue={(v) => set({ owner: v })}
        />
        <DateField
          label={t('plan.form.dueDate')}
          name="plan-line-due"
          required
          value={form.dueDate}
          error={problem('dueDate')}
          onValue={(v) => set({ dueDate: v })}
        />
        <SelectField
          label={t('plan.form.status')}
          name="plan-line-status"
          value={form.status}
          onValue={(v) => set({ status: v as PlanLineStatus })}
          options={STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
        />
        <LinkList
          legend={t('plan.form.findings', { year: props.year })}
          name="plan-line-finding"
          loading={findings.fetching && !findings.data}
          options={findingOptions}
          keyOf={(f) => f.id}
          labelOf={(f) =>
            t('plan.form.findingOption', {
              measure: `${f.frameworkCode} ${f.identifier}`,
              description: f.description,
              status: t(`plan.findingStatuses.${f.status}`, { defaultValue: f.status }),
            })
          }
          checked={(f) => form.findingIds.includes(f.id)}
          onToggle={(f, on) => set({ findingIds: toggle(form.findingIds, f.id, on) })}
        />
        <LinkList
          legend={t('plan.form.exceptions', { year: props.year })}
          name="plan-line-exception"
          loading={icv.fetching && !icv.data && !icv.error}
          options={exceptions}
          keyOf={(e) => exceptionKey(e)}
          labelOf={(e) =>
            t('plan.form.exceptionOption', {
              measure: `${e.frameworkCode} ${e.identifier}`,
              explanation: e.explanation,
              planned: e.plannedDate,
            })
          }
          checked={(e) => form.exceptions.some((x) => exceptionKey(x) === exceptionKey(e))}
          onToggle={(e, on) =>
            set({
              exceptions: toggle(
                form.exceptions,
                { year: e.year, frameworkCode: e.frameworkCode, identifier: e.identifier },
                on,
                (a, b) => exceptionKey(a) === exceptionKey(b),
              ),
            })
          }
        />
        <LinkList
          legend={t('plan.form.treatments')}
          name="plan-line-treatment"
          loading={treatments.fetching && !treatments.data && !treatments.error}
          options={treatmentList}
          keyOf={(r) => r.treatmentId}
          labelOf={(r) =>
            t('plan.form.treatmentOption', {
              number: r.analysisNumber,
              risk: r.riskTitle,
              kind: t(`plan.treatmentKinds.${r.kind}`, { defaultValue: r.kind }),
              due: r.dueDate,
            })
          }
          checked={(r) => form.riskTreatmentIds.includes(r.treatmentId)}
          onToggle={(r, on) => set({ riskTreatmentIds: toggle(form.riskTreatmentIds, r.treatmentId, on) })}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button type="submit" appearance="primary-action-button" disabled={fetching}>
            {t('plan.form.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
