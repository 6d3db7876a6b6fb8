import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RiskTreatmentKind, useData, useErrorText, useSend } from '@mkib/web-data-access';
import {
  Button,
  DateField,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import type { Analysis } from './analysis-detail';
import { useRiskLabels, useRiskScale } from './labels';
import { MeasureChoice, MeasurePicker } from './measure-picker';
import { DRAFT_ANALYSIS, RISK_CATALOGUE, UPDATE_ANALYSIS } from './operations';

type Problem = { message: string; fields: Record<string, string> } | null;

/**
 * A new analysis: the LMS on one shared facility (its hoofdgebruikers are consulted), a hoofdgebruiker on
 * its own use of one or more facilities it uses. Then the content editor opens.
 */
export function DraftForm(props: {
  party: string;
  beheerder: boolean;
  onDrafted(analysis: { id: string; number: string }): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const catalogue = useData(RISK_CATALOGUE, {});
  const [form, setForm] = useState({ title: '', description: '', dueDate: '', facility: '' });
  const [own, setOwn] = useState<string[]>([]);
  const [error, setError] = useState<Problem>(null);
  const facilities = (catalogue.data?.facilities ?? []).filter(
    (f) => props.beheerder || f.usedBy.some((p) => p.code === props.party),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await send(DRAFT_ANALYSIS, {
        i: {
          title: form.title,
          description: form.description,
          scope: props.beheerder ? 'GEDEELDE_VOORZIENING' : 'EIGEN_GEBRUIK',
          facilityCodes: props.beheerder ? (form.facility ? [form.facility] : []) : own,
          dueDate: form.dueDate || null,
        },
      });
      props.onDrafted(r.draftRiskAnalysis);
    } catch (err) {
      setError(errorText(err, ['title', 'description', 'facilityCodes', 'dueDate']));
    }
  };

  return (
    <form onSubmit={submit} className="mkib-form" aria-label={t('risk.draft.title')}>
      <Paragraph>{t(props.beheerder ? 'risk.draft.introShared' : 'risk.draft.introOwn')}</Paragraph>
      <TextField
        label={t('risk.fields.title')}
        name="analysis-title"
        required
        error={error?.fields.title}
        value={form.title}
        onValue={(v) => setForm({ ...form, title: v })}
      />
      <TextareaField
        label={t('risk.fields.description')}
        name="analysis-description"
        required
        error={error?.fields.description}
        value={form.description}
        onValue={(v) => setForm({ ...form, description: v })}
      />
      {props.beheerder ? (
        <SelectField
          label={t('risk.fields.facility')}
          hint={t('risk.draft.facilityHint')}
          name="analysis-facility"
          required
          error={error?.fields.facilityCodes}
          value={form.facility}
          onValue={(v) => setForm({ ...form, facility: v })}
          placeholder={t('risk.choose')}
          options={facilities.map((f) => ({ value: f.code, label: f.name }))}
        />
      ) : (
        <Fieldset legend={t('risk.fields.facilities')}>
          {error?.fields.facilityCodes && <Paragraph role="alert">{error.fields.facilityCodes}</Paragraph>}
          {facilities.map((f) => (
            <label key={f.code} className="mkib-checkbox">
              <input
                type="checkbox"
                name={`analysis-facility-${f.code}`}
                checked={own.includes(f.code)}
                onChange={(e) =>
                  setOwn(e.target.checked ? [...own, f.code] : own.filter((c) => c !== f.code))
                }
              />{' '}
              {f.name}
            </label>
          ))}
        </Fieldset>
      )}
      <DateField
        label={t('risk.fields.dueDate')}
        hint={t('risk.fields.optional')}
        name="analysis-due-date"
        error={error?.fields.dueDate}
        value={form.dueDate}
        onValue={(v) => setForm({ ...form, dueDate: v })}
      />
      <ErrorAlert message={error?.message || null} />
      <div className="mkib-actions">
        <Button type="submit" appearance="primary-action-button">
          {t('risk.draft.save')}
        </Button>
      </div>
    </form>
  );
}

interface ThreatRow {
  key: string;
  id?: string;
  catalogueCode?: string;
  name: string;
  description: string;
}
interface ScoreRow {
  likelihood: number;
  impact: number;
}
interface RiskRow {
  key: string;
  id?: string;
  title: string;
  description: string;
  facilityCode: string;
  threatKeys: string[];
  inherent: ScoreRow;
  residual: ScoreRow;
  kind: RiskTreatmentKind;
  treatment: string;
  measures: MeasureChoice[];
  owner: string;
  dueDate: string;
}

const KINDS: RiskTreatmentKind[] = ['MITIGEREN', 'ACCEPTEREN', 'OVERDRAGEN', 'VERMIJDEN'];
let counter = 0;
const nextKey = () => `new-${++counter}`;

const emptyRisk = (facilityCode: string): RiskRow => ({
  key: nextKey(),
  title: '',
  description: '',
  facilityCode,
  threatKeys: [],
  inherent: { likelihood: 3, impact: 3 },
  residual: { likelihood: 2, impact: 2 },
  kind: 'MITIGEREN',
  treatment: '',
  measures: [],
  owner: '',
  dueDate: '',
});

/** One risk of the editor: scores with the scale's Dutch labels, its facility, threats and treatment. */
function RiskFields(props: {
  index: number;
  risk: RiskRow;
  threats: ThreatRow[];
  facilities: readonly { code: string; name: string }[];
  onChange(risk: RiskRow): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const scale = useRiskScale();
  const { risk: r, index: i } = props;
  const set = (patch: Partial<RiskRow>) => props.onChange({ ...r, ...patch });
  const steps = (axis: 'likelihood' | 'impact') =>
    (scale?.[axis] ?? []).map((s) => ({ value: s.value, label: s.label }));
  const score = (which: 'inherent' | 'residual') => (
    <div className="mkib-inline">
      <SelectField
        label={t(`risk.editor.${which}Likelihood`)}
        name={`risk-${i}-${which}-likelihood`}
        value={r[which].likelihood}
        onValue={(v) => set({ [which]: { ...r[which], likelihood: Number(v) } })}
        options={steps('likelihood')}
      />
      <SelectField
        label={t(`risk.editor.${which}Impact`)}
        name={`risk-${i}-${which}-impact`}
        value={r[which].impact}
        onValue={(v) => set({ [which]: { ...r[which], impact: Number(v) } })}
        options={steps('impact')}
      />
    </div>
  );
  return (
    <div className="mkib-card" data-risk-editor={i}>
      <Fieldset legend={t('risk.editor.riskLegend', { n: i + 1, title: r.title })}>
        <TextField
          label={t('risk.fields.riskTitle')}
          name={`risk-${i}-title`}
          required
          value={r.title}
          onValue={(v) => set({ title: v })}
        />
        <TextareaField
          label={t('risk.fields.description')}
          name={`risk-${i}-description`}
          value={r.description}
          onValue={(v) => set({ description: v })}
        />
        <SelectField
          label={t('risk.fields.facility')}
          name={`risk-${i}-facility`}
          value={r.facilityCode}
          onValue={(v) => set({ facilityCode: v })}
          options={props.facilities.map((f) => ({ value: f.code, label: f.name }))}
        />
        <Fieldset legend={t('risk.editor.threatsOfRisk')}>
          {props.threats.length === 0 && <Paragraph>{t('risk.editor.noThreatsYet')}</Paragraph>}
          {props.threats.map((th) => (
            <label key={th.key} className="mkib-checkbox">
              <input
                type="checkbox"
                name={`risk-${i}-threat`}
                value={th.catalogueCode ?? th.name}
                checked={r.threatKeys.includes(th.key)}
                onChange={(e) =>
                  set({
                    threatKeys: e.target.checked
                      ? [...r.threatKeys, th.key]
                      : r.threatKeys.filter((k) => k !== th.key),
                  })
                }
              />{' '}
              {th.name}
            </label>
          ))}
        </Fieldset>
        {score('inherent')}
        {score('residual')}
        <SelectField
          label={t('risk.fields.treatmentKind')}
          name={`risk-${i}-treatment-kind`}
          value={r.kind}
          onValue={(v) => set({ kind: v as RiskTreatmentKind })}
          options={KINDS.map((k) => ({ value: k, label: t(`risk.treatments.${k}`) }))}
        />
        <TextareaField
          label={t('risk.fields.treatment')}
          name={`risk-${i}-treatment`}
          value={r.treatment}
          onValue={(v) => set({ treatment: v })}
        />
        {r.kind === 'MITIGEREN' && (
          <MeasurePicker
            label={t('risk.fields.measures')}
            name={`risk-${i}-measures`}
            value={r.measures}
            onValue={(v) => set({ measures: v })}
          />
        )}
        <TextField
          label={t('risk.fields.owner')}
          name={`risk-${i}-owner`}
          value={r.owner}
          onValue={(v) => set({ owner: v })}
        />
        <DateField
          label={t('risk.fields.treatmentDue')}
          name={`risk-${i}-due-date`}
          value={r.dueDate}
          onValue={(v) => set({ dueDate: v })}
        />
        <Button appearance="subtle-button" onClick={props.onRemove}>
          {t('risk.editor.removeRisk', { n: i + 1 })}
        </Button>
      </Fieldset>
    </div>
  );
}

/**
 * The content of an analysis in CONCEPT: title, description, deadline, the threats considered (from the
 * catalogue or its own) and the risks. Saving replaces the content (ids kept).
 */
export function AnalysisEditor(props: { analysis: Analysis; onSaved(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const labels = useRiskLabels();
  const catalogue = useData(RISK_CATALOGUE, {});
  const a = props.analysis;
  const [head, setHead] = useState({ title: a.title, description: a.description, dueDate: a.dueDate ?? '' });
  const [threats, setThreats] = useState<ThreatRow[]>(
    a.threats.map((th) => ({
      key: th.id,
      id: th.id,
      catalogueCode: th.catalogueThreat?.code,
      name: th.name,
      description: th.description,
    })),
  );
  const [risks, setRisks] = useState<RiskRow[]>(
    a.risks.map((r) => ({
      key: r.id,
      id: r.id,
      title: r.title,
      description: r.description,
      facilityCode: r.facilityCode,
      threatKeys: r.threatIds,
      inherent: { likelihood: r.inherent.likelihood, impact: r.inherent.impact },
      residual: { likelihood: r.residual.likelihood, impact: r.residual.impact },
      kind: r.treatment.kind,
      treatment: r.treatment.description,
      measures: r.treatment.measures.map((m) => ({
        frameworkCode: m.frameworkCode,
        identifier: m.identifier,
      })),
      owner: r.treatment.owner,
      dueDate: r.treatment.dueDate,
    })),
  );
  const [choice, setChoice] = useState('');
  const [ownThreat, setOwnThreat] = useState({ name: '', description: '' });
  const [error, setError] = useState<Problem>(null);
  const available = (catalogue.data?.threats ?? []).filter(
    (th) => !threats.some((x) => x.catalogueCode === th.code),
  );

  const addCatalogueThreat = () => {
    const th = catalogue.data?.threats.find((x) => x.code === choice);
    if (!th) return;
    setThreats([
      ...threats,
      { key: nextKey(), catalogueCode: th.code, name: th.name, description: th.description },
    ]);
    setChoice('');
  };
  const addOwnThreat = () => {
    if (!ownThreat.name.trim()) return;
    setThreats([...threats, { key: nextKey(), ...ownThreat }]);
    setOwnThreat({ name: '', description: '' });
  };
  const removeThreat = (key: string) => {
    setThreats(threats.filter((x) => x.key !== key));
    setRisks(risks.map((r) => ({ ...r, threatKeys: r.threatKeys.filter((k) => k !== key) })));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await send(UPDATE_ANALYSIS, {
        i: {
          id: a.id,
          title: head.title,
          description: head.description,
          dueDate: head.dueDate || null,
          threats: threats.map((th) =>
            th.catalogueCode
              ? { id: th.id, catalogueCode: th.catalogueCode }
              : { id: th.id, name: th.name, description: th.description },
          ),
          risks: risks.map((r) => ({
            id: r.id,
            title: r.title,
            description: r.description,
            facilityCode: r.facilityCode,
            threatIndexes: r.threatKeys
              .map((k) => threats.findIndex((th) => th.key === k))
              .filter((n) => n >= 0),
            inherent: r.inherent,
            residual: r.residual,
            treatment: {
              kind: r.kind,
              description: r.treatment,
              measures:
                r.kind === 'MITIGEREN'
                  ? r.measures.map((m) => ({ frameworkCode: m.frameworkCode, identifier: m.identifier }))
                  : [],
              owner: r.owner,
              dueDate: r.dueDate,
            },
          })),
        },
      });
      props.onSaved();
    } catch (err) {
      setError(errorText(err, ['title', 'description', 'dueDate']));
    }
  };

  return (
    <form onSubmit={save} className="mkib-form" aria-label={t('risk.editor.title', { number: a.number })}>
      <Paragraph className="mkib-muted">
        {t('risk.detail.meta', {
          scope: labels.scope(a.scope),
          method: a.method,
          facilities: a.facilities.map((f) => f.name).join(', '),
        })}
      </Paragraph>
      <TextField
        label={t('risk.fields.title')}
        name="edit-title"
        required
        error={error?.fields.title}
        value={head.title}
        onValue={(v) => setHead({ ...head, title: v })}
      />
      <TextareaField
        label={t('risk.fields.description')}
        name="edit-description"
        error={error?.fields.description}
        value={head.description}
        onValue={(v) => setHead({ ...head, description: v })}
      />
      <DateField
        label={t('risk.fields.dueDate')}
        hint={t('risk.fields.optional')}
        name="edit-due-date"
        error={error?.fields.dueDate}
        value={head.dueDate}
        onValue={(v) => setHead({ ...head, dueDate: v })}
      />

      <Heading level={3}>{t('risk.editor.threats')}</Heading>
      {threats.length === 0 ? (
        <Paragraph>{t('risk.editor.noThreatsYet')}</Paragraph>
      ) : (
        <ul data-testid="editor-threats">
          {threats.map((th) => (
            <li key={th.key} data-threat={th.catalogueCode ?? 'eigen'}>
              {th.catalogueCode ? th.name : t('risk.editor.ownThreatLine', { name: th.name })}{' '}
              <Button
                appearance="subtle-button"
                aria-label={t('risk.editor.removeThreatLabel', { name: th.name })}
                onClick={() => removeThreat(th.key)}
              >
                {t('risk.editor.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SelectField
        label={t('risk.editor.threatFromCatalogue')}
        name="threat-choice"
        value={choice}
        onValue={setChoice}
        placeholder={t('risk.choose')}
        options={available.map((th) => ({ value: th.code, label: `${th.name} (${th.category})` }))}
      />
      <Button appearance="secondary-action-button" onClick={addCatalogueThreat} disabled={!choice}>
        {t('risk.editor.addThreat')}
      </Button>
      <Fieldset legend={t('risk.editor.ownThreat')}>
        <TextField
          label={t('risk.editor.ownThreatName')}
          name="own-threat-name"
          value={ownThreat.name}
          onValue={(v) => setOwnThreat({ ...ownThreat, name: v })}
        />
        <TextareaField
          label={t('risk.editor.ownThreatDescription')}
          name="own-threat-description"
          value={ownThreat.description}
          onValue={(v) => setOwnThreat({ ...ownThreat, description: v })}
        />
        <Button appearance="secondary-action-button" onClick={addOwnThreat}>
          {t('risk.editor.addOwnThreat')}
        </Button>
      </Fieldset>

      <Heading level={3}>{t('risk.editor.risks')}</Heading>
      {risks.length === 0 && <Paragraph>{t('risk.editor.noRisksYet')}</Paragraph>}
      {risks.map((r, i) => (
        <RiskFields
          key={r.key}
          index={i}
          risk={r}
          threats={threats}
          facilities={a.facilities}
          onChange={(next) => setRisks(risks.map((x) => (x.key === r.key ? next : x)))}
          onRemove={() => setRisks(risks.filter((x) => x.key !== r.key))}
        />
      ))}
      <Button
        appearance="secondary-action-button"
        onClick={() => setRisks([...risks, emptyRisk(a.facilityCodes[0] ?? '')])}
      >
        {t('risk.editor.addRisk')}
      </Button>
      <ErrorAlert message={error?.message || null} />
      <div className="mkib-actions">
        <Button type="submit" appearance="primary-action-button">
          {t('risk.editor.save')}
        </Button>
      </div>
    </form>
  );
}
