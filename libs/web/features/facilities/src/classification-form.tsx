import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction, useErrorText } from '@mkib/web-data-access';
import { Button, DateField, ErrorAlert, Fieldset, SelectField, TextareaField } from '@mkib/web-ui';
import type { BivNiveau, Facility } from './api';
import { CLASSIFY_FACILITY } from './operations';

const LEVELS: BivNiveau[] = ['LAAG', 'MIDDEN', 'HOOG'];
const ASPECTS = ['beschikbaarheid', 'integriteit', 'vertrouwelijkheid'] as const;
const FIELDS = ['rationale', 'reviewDue', 'bbn', ...ASPECTS] as const;

type Errors = Partial<Record<(typeof FIELDS)[number] | 'form', string>>;

/** The LMS's classification form: validates what it can before sending, and shows the API's field errors. */
export function ClassificationForm(props: {
  facility: Facility;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [classify, { fetching: busy }] = useAction(CLASSIFY_FACILITY);
  const { facility } = props;
  const [biv, setBiv] = useState(facility.biv);
  const [bbn, setBbn] = useState(facility.bbn);
  const [rationale, setRationale] = useState('');
  const [reviewDue, setReviewDue] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    if (!rationale.trim()) found.rationale = t('facilities.errors.rationaleRequired');
    if (!reviewDue) found.reviewDue = t('facilities.errors.reviewDueRequired');
    else if (reviewDue <= new Date().toISOString().slice(0, 10))
      found.reviewDue = t('facilities.errors.reviewDuePast');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const { classifyFacility: saved } = await classify({
        input: { facilityCode: facility.code, biv, bbn, rationale, reviewDue },
      });
      const parts = [t('facilities.saved', { facility: facility.name, bbn: saved.bbn })];
      if (
        saved.supplementaryAnalysis?.status === 'VEREIST' &&
        facility.supplementaryAnalysis?.status !== 'VEREIST'
      )
        parts.push(t('facilities.savedSupplementary'));
      props.onSaved(parts.join(' '));
    } catch (err) {
      const { message, fields } = errorText(err, FIELDS);
      setErrors({ ...fields, form: message });
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('facilities.classifyTitle')} className="mkib-form">
      <ErrorAlert message={errors.form ?? null} />
      <Fieldset legend={t('facilities.biv')}>
        {ASPECTS.map((aspect) => (
          <SelectField
            key={aspect}
            label={t(`facilities.${aspect}`)}
            error={errors[aspect]}
            name={aspect}
            value={biv[aspect]}
            onValue={(v) => setBiv({ ...biv, [aspect]: v as BivNiveau })}
            options={LEVELS.map((l) => ({ value: l, label: t(`facilities.levels.${l}`) }))}
          />
        ))}
      </Fieldset>
      <SelectField
        label={t('facilities.bbn')}
        error={errors.bbn}
        name="bbn"
        value={bbn}
        onValue={(v) => setBbn(Number(v))}
        options={[1, 2, 3].map((n) => ({ value: n, label: `BBN${n}` }))}
      />
      <TextareaField
        label={t('facilities.rationale')}
        hint={t('facilities.rationaleHint')}
        error={errors.rationale}
        name="rationale"
        rows={4}
        value={rationale}
        onValue={setRationale}
      />
      <DateField
        label={t('facilities.reviewDue')}
        hint={t('facilities.reviewDueHint')}
        error={errors.reviewDue}
        name="reviewDue"
        value={reviewDue}
        onValue={setReviewDue}
      />
      <div className="mkib-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('facilities.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={props.onCancel}>
          {t('facilities.cancel')}
        </Button>
      </div>
    </form>
  );
}
