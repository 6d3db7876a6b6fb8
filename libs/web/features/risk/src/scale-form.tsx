import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, isGraphQLRequestError, useData, useErrorText, useSend } from '@mkib/web-data-access';
import type { RiskLevel } from '@mkib/web-data-access';
import { Button, ErrorAlert, Fieldset, Paragraph, TextareaField, TextField } from '@mkib/web-ui';
import { RISK_SCALE, SET_RISK_SCALE } from './operations';

interface Step {
  value: number;
  label: string;
  description: string;
}
interface Scale {
  likelihood: Step[];
  impact: Step[];
  levels: { level: RiskLevel; label: string }[];
  matrix: RiskLevel[][];
}

/**
 * The LMS edits the words of the risk scale: the label and description of each step of likelihood and
 * impact, and the label of each level. The number of steps and the matrix stay as they are (the server
 * refuses what would lose stored risks); the levels of saved risks do not change.
 */
export function ScaleForm(props: { onSaved(): void }) {
  const result = useData(RISK_SCALE, {});
  return (
    <DataView result={result}>
      {(d) => (
        <ScaleFields
          scale={d.riskScale}
          onSaved={() => {
            result.refetch();
            props.onSaved();
          }}
        />
      )}
    </DataView>
  );
}

function ScaleFields(props: { scale: Scale; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const copy = (steps: Step[]) =>
    steps.map((s) => ({ value: s.value, label: s.label, description: s.description }));
  const [likelihood, setLikelihood] = useState(copy(props.scale.likelihood));
  const [impact, setImpact] = useState(copy(props.scale.impact));
  const [levels, setLevels] = useState(props.scale.levels.map((l) => ({ level: l.level, label: l.label })));
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setFields({});
    try {
      await send(SET_RISK_SCALE, { input: { likelihood, impact, levels, matrix: props.scale.matrix } });
      props.onSaved();
    } catch (err) {
      setMessage(errorText(err).message);
      // Each problem next to its own field: the server's path, e.g. `input.likelihood[2].label`.
      const byField: Record<string, string> = {};
      for (const p of isGraphQLRequestError(err) ? err.problems : []) {
        const path = p.field.replace(/^input\./, '');
        const dutch = !i18n.language?.startsWith('en');
        byField[path] ??=
          dutch && p.key && i18n.exists(p.key, { ns: 'server', keySeparator: false })
            ? i18n.t(p.key, { ...p.params, ns: 'server', keySeparator: false })
            : dutch
              ? t('errors.field')
              : p.message;
      }
      setFields(byField);
    }
  };

  const axis = (name: 'likelihood' | 'impact', steps: Step[], set: (steps: Step[]) => void) => (
    <Fieldset legend={t(`risk.scaleForm.${name}`)}>
      {steps.map((s, i) => {
        const update = (patch: Partial<Step>) => set(steps.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        return (
          <div key={s.value} className="mkib-form" data-scale-step={`${name}-${s.value}`}>
            <TextField
              label={t('risk.scaleForm.stepLabel', { value: s.value })}
              name={`scale-${name}-${s.value}-label`}
              required
              error={fields[`${name}[${i}].label`]}
              value={s.label}
              onValue={(v) => update({ label: v })}
            />
            <TextareaField
              label={t('risk.scaleForm.stepDescription', { value: s.value })}
              name={`scale-${name}-${s.value}-description`}
              error={fields[`${name}[${i}].description`]}
              value={s.description}
              onValue={(v) => update({ description: v })}
            />
          </div>
        );
      })}
    </Fieldset>
  );

  return (
    <form onSubmit={save} className="mkib-form" aria-label={t('risk.scaleForm.title')}>
      <Paragraph>{t('risk.scaleForm.intro')}</Paragraph>
      {axis('likelihood', likelihood, setLikelihood)}
      {axis('impact', impact, setImpact)}
      <Fieldset legend={t('risk.scaleForm.levels')}>
        {levels.map((l, i) => (
          <TextField
            key={l.level}
            label={t('risk.scaleForm.levelLabel', {
              level: t(`risk.levels.${l.level}`, { defaultValue: l.level }),
            })}
            name={`scale-level-${l.level}`}
            required
            error={fields[`levels[${i}].label`]}
            value={l.label}
            onValue={(v) => setLevels(levels.map((x, j) => (j === i ? { ...x, label: v } : x)))}
          />
        ))}
      </Fieldset>
      <ErrorAlert message={message} />
      <Button appearance="primary-action-button" type="submit">
        {t('risk.scaleForm.save')}
      </Button>
    </form>
  );
}
