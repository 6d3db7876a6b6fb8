import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequest, isGraphQLRequestError } from '@mkib/web-data-access';
import { Alert, Button, Field, Heading } from '@mkib/web-ui';
import { BivNiveau, classifyFacility, Facility } from './api';

const LEVELS: BivNiveau[] = ['LAAG', 'MIDDEN', 'HOOG'];
const ASPECTS = ['beschikbaarheid', 'integriteit', 'vertrouwelijkheid'] as const;

type Errors = Partial<Record<'rationale' | 'reviewDue' | 'form', string>>;

/** The LMS's classification form: validates what it can before sending, and shows the API's field errors. */
export function ClassificationForm(props: {
  facility: Facility;
  request: GraphQLRequest;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { facility } = props;
  const [biv, setBiv] = useState(facility.biv);
  const [bbn, setBbn] = useState(facility.bbn);
  const [rationale, setRationale] = useState('');
  const [reviewDue, setReviewDue] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    if (!rationale.trim()) found.rationale = t('facilities.errors.rationaleRequired');
    if (!reviewDue) found.reviewDue = t('facilities.errors.reviewDueRequired');
    else if (reviewDue <= new Date().toISOString().slice(0, 10))
      found.reviewDue = t('facilities.errors.reviewDuePast');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const saved = await classifyFacility(props.request, {
        facilityCode: facility.code,
        biv,
        bbn,
        rationale,
        reviewDue,
      });
      const parts = [t('facilities.saved', { facility: facility.name, bbn: saved.bbn })];
      if (
        saved.supplementaryAnalysis?.status === 'VEREIST' &&
        facility.supplementaryAnalysis?.status !== 'VEREIST'
      )
        parts.push(t('facilities.savedSupplementary'));
      props.onSaved(parts.join(' '));
    } catch (err) {
      if (isGraphQLRequestError(err) && err.problems.length) {
        const fromServer: Errors = {};
        for (const p of err.problems) {
          if (p.field === 'rationale' || p.field === 'reviewDue') fromServer[p.field] = p.message;
          else fromServer.form = `${p.field}: ${p.message}`;
        }
        setErrors(fromServer);
      } else {
        setErrors({
          form: t('facilities.errors.server', { message: err instanceof Error ? err.message : String(err) }),
        });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="classify-title" className="mkib-form">
      <Heading level={3} id="classify-title">
        {t('facilities.classifyTitle')}: {facility.name}
      </Heading>
      {errors.form && <Alert type="error">{errors.form}</Alert>}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('facilities.biv')}</legend>
        {ASPECTS.map((aspect) => (
          <Field key={aspect} label={t(`facilities.${aspect}`)}>
            {(a11y) => (
              <select
                {...a11y}
                name={aspect}
                className="utrecht-select utrecht-select--html-select"
                value={biv[aspect]}
                onChange={(e) => setBiv({ ...biv, [aspect]: e.target.value as BivNiveau })}
              >
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`facilities.levels.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
      <Field label={t('facilities.bbn')}>
        {(a11y) => (
          <select
            {...a11y}
            name="bbn"
            className="utrecht-select utrecht-select--html-select"
            value={bbn}
            onChange={(e) => setBbn(Number(e.target.value))}
          >
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                BBN{n}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('facilities.rationale')} hint={t('facilities.rationaleHint')} error={errors.rationale}>
        {(a11y) => (
          <textarea
            {...a11y}
            name="rationale"
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={4}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('facilities.reviewDue')} hint={t('facilities.reviewDueHint')} error={errors.reviewDue}>
        {(a11y) => (
          <input
            {...a11y}
            name="reviewDue"
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={reviewDue}
            onChange={(e) => setReviewDue(e.target.value)}
          />
        )}
      </Field>
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
