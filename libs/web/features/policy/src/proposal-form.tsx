import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChangeTriggerInput,
  PolicyChangeInput,
  PolicyChangeLineFieldsFragment,
  PolicyProcess,
  PolicyTopic,
  Raci,
  TriggerKind,
  TriggerRecordsQuery,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { ChangeLines, RESPONSIBLE_PARTIES, useDecisionLabel, usePartyName } from './labels';
import { DRAFT_PROPOSAL, POLICY_VERSION, TRIGGER_RECORDS, UPDATE_PROPOSAL } from './operations';
import { TOPICS } from './policy-reader';

export const TRIGGER_KINDS: TriggerKind[] = [
  'JAARAANSCHRIJVING',
  'RISK_ANALYSIS',
  'HOOFDGEBRUIKER_REQUEST',
  'BMB_INSTRUCTION',
  'ICV_OUTCOME',
  'EVALUATION',
];
const PROCESSES: PolicyProcess[] = [
  'RISK_MANAGEMENT',
  'IMPLEMENTATION_PLAN',
  'COMPLIANCE_MONITORING',
  'ICV',
  'INCIDENT_HANDLING',
  'C2000_OUTSIDE_MELDKAMER',
];
const RACI: Raci[] = ['R', 'A', 'C', 'I'];

type Records = TriggerRecordsQuery;
type Ref = { frameworkCode: string; identifier: string };

/** "BIO2 5.15; BIO2 8.24.01" → measure references (framework code and number). */
export const parseMeasures = (text: string): Ref[] =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [frameworkCode, ...rest] = s.split(/\s+|:/);
      return { frameworkCode, identifier: rest.join(' ').trim() };
    });
const showMeasures = (ms: readonly Ref[]) => ms.map((m) => `${m.frameworkCode} ${m.identifier}`).join('; ');

/** The trigger of a proposal: its kind, and the record it links to (picked from the records) or a reference. */
export function TriggerFields(props: {
  value: ChangeTriggerInput;
  onChange(v: ChangeTriggerInput): void;
  records: Records | undefined;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const decision = useDecisionLabel();
  const { value: v, onChange, records } = props;
  const recordOptions =
    v.kind === 'JAARAANSCHRIJVING'
      ? (records?.jaaraanschrijvingen ?? []).map((j) => ({
          value: j.id,
          label: t('policy.form.jaaraanschrijving', { year: j.year, reference: j.reference }),
        }))
      : v.kind === 'HOOFDGEBRUIKER_REQUEST'
        ? (records?.changeRequests ?? [])
            .filter((r) => r.state === 'OPEN' || r.id === v.recordId)
            .map((r) => ({
              value: r.id,
              label: t('policy.form.request', { party: partyName(r.party), subject: r.subject }),
            }))
        : v.kind === 'ICV_OUTCOME'
          ? (records?.boardItems ?? [])
              .filter((i) => i.decision)
              .map((i) => ({
                value: i.id,
                label: t('policy.trigger.icvDecision', {
                  title: i.title,
                  party: partyName(i.party),
                  decision: decision(i.decision),
                }),
              }))
          : v.kind === 'BMB_INSTRUCTION'
            ? (records?.instructions ?? []).map((a) => ({
                value: a.id,
                label: t('policy.form.instructionOption', {
                  party: partyName(a.party),
                  description: a.description,
                  due: a.dueDate,
                }),
              }))
            : v.kind === 'RISK_ANALYSIS'
              ? (records?.riskRegister.analyses ?? [])
                  .filter((a) => a.state === 'DEFINITIEF' || a.id === v.recordId)
                  .map((a) => ({
                    value: a.id,
                    label: t('policy.form.riskAnalysisOption', {
                      number: a.number,
                      version: a.version,
                      title: a.title,
                    }),
                  }))
              : // issue 18: evaluation: a recorded evaluation audit, or (none picked) the reference text.
                v.kind === 'EVALUATION' && records?.evaluations?.length
                ? records.evaluations.map((e) => ({ value: e.id, label: e.title }))
                : null;
  return (
    <>
      <SelectField
        label={t('policy.form.triggerKind')}
        name="trigger-kind"
        value={v.kind}
        onValue={(k) => onChange({ kind: k as TriggerKind, recordId: null, reference: v.reference })}
        options={TRIGGER_KINDS.map((k) => ({ value: k, label: t(`policy.triggers.${k}`) }))}
      />
      {recordOptions && recordOptions.length === 0 && (
        <Paragraph className="mkib-muted" data-testid="trigger-no-records">
          {t('policy.form.noRecords')}
        </Paragraph>
      )}
      {recordOptions && (
        <SelectField
          label={t('policy.form.record')}
          name="trigger-record"
          error={props.errors?.recordId}
          placeholder={t('policy.form.choose')}
          value={v.recordId ?? ''}
          onValue={(id) => onChange({ ...v, recordId: id || null })}
          options={recordOptions}
        />
      )}
      <TextField
        label={t('policy.form.reference')}
        hint={t('policy.form.referenceHint')}
        error={props.errors?.reference}
        name="trigger-reference"
        value={v.reference ?? ''}
        onValue={(r) => onChange({ ...v, reference: r || null })}
      />
    </>
  );
}

/** The text edits of a proposal: norms, rules, responsibility cells, the re-calibration period. */
function ChangeEditor(props: { value: PolicyChangeInput; onChange(v: PolicyChangeInput): void }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const base = useData(POLICY_VERSION, { v: null }).data?.policyVersion;
  const c = props.value;
  const set = (patch: Partial<PolicyChangeInput>) => props.onChange({ ...c, ...patch });
  const [norm, setNorm] = useState({ choice: '', key: '', title: '', text: '', measures: '' });
  const [rule, setRule] = useState({
    choice: '',
    key: '',
    topic: 'ACCESS_CONTROL',
    title: '',
    text: '',
    measures: '',
  });
  const [cell, setCell] = useState<{ process: PolicyProcess; party: string; raci: Raci[]; tasks: string }>({
    process: 'RISK_MANAGEMENT',
    party: 'lms',
    raci: [],
    tasks: '',
  });

  const pickNorm = (key: string) => {
    const n = base?.norms.find((x) => x.key === key);
    setNorm(
      n
        ? { choice: key, key, title: n.title, text: n.text, measures: showMeasures(n.measures) }
        : { choice: '', key: '', title: '', text: '', measures: '' },
    );
  };
  const pickRule = (key: string) => {
    const r = base?.rules.find((x) => x.key === key);
    setRule(
      r
        ? {
            choice: key,
            key,
            topic: r.topic,
            title: r.title,
            text: r.text,
            measures: showMeasures(r.measures),
          }
        : { choice: '', key: '', topic: 'ACCESS_CONTROL', title: '', text: '', measures: '' },
    );
  };
  const pickCell = (process: PolicyProcess, party: string) => {
    const r = base?.responsibilities.find((x) => x.process === process && x.party === party);
    setCell({ process, party, raci: r ? [...r.raci] : [], tasks: r?.tasks ?? '' });
  };

  const edits: { what: string; remove(): void }[] = [
    ...(c.setNorms ?? []).map((n) => ({
      what: t('policy.form.setNorm', { key: n.key }),
      remove: () => set({ setNorms: c.setNorms?.filter((x) => x.key !== n.key) }),
    })),
    ...(c.removeNorms ?? []).map((k) => ({
      what: t('policy.form.removeNorm', { key: k }),
      remove: () => set({ removeNorms: c.removeNorms?.filter((x) => x !== k) }),
    })),
    ...(c.setRules ?? []).map((r) => ({
      what: t('policy.form.setRule', { key: r.key }),
      remove: () => set({ setRules: c.setRules?.filter((x) => x.key !== r.key) }),
    })),
    ...(c.removeRules ?? []).map((k) => ({
      what: t('policy.form.removeRule', { key: k }),
      remove: () => set({ removeRules: c.removeRules?.filter((x) => x !== k) }),
    })),
    ...(c.setResponsibilities ?? []).map((r) => ({
      what: t('policy.form.setCell', {
        process: t(`policy.processes.${r.process}`),
        party: partyName(r.party),
        raci: r.raci.join('') || t('policy.none'),
      }),
      remove: () =>
        set({
          setResponsibilities: c.setResponsibilities?.filter(
            (x) => !(x.process === r.process && x.party === r.party),
          ),
        }),
    })),
    ...(c.recalibrationMonths
      ? [
          {
            what: t('policy.form.setRecalibration', { months: c.recalibrationMonths }),
            remove: () => set({ recalibrationMonths: null }),
          },
        ]
      : []),
  ];

  return (
    <Fieldset legend={t('policy.form.edits')}>
      {edits.length === 0 ? (
        <Paragraph className="mkib-muted">{t('policy.form.editsEmpty')}</Paragraph>
      ) : (
        <ul data-testid="proposal-edits">
          {edits.map((e) => (
            <li key={e.what}>
              {e.what}{' '}
              <Button
                appearance="subtle-button"
                aria-label={t('policy.form.removeEditLabel', { what: e.what })}
                onClick={e.remove}
              >
                {t('policy.form.removeEdit')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Heading level={4}>{t('policy.form.normTitle')}</Heading>
      <SelectField
        label={t('policy.form.norm')}
        name="norm-choice"
        value={norm.choice}
        onValue={pickNorm}
        options={[
          { value: '', label: t('policy.form.newNorm') },
          ...(base?.norms ?? []).map((n) => ({ value: n.key, label: `${n.key} ${n.title}` })),
        ]}
      />
      <TextField
        label={t('policy.form.key')}
        hint={t('policy.form.keyHint')}
        name="norm-key"
        value={norm.key}
        disabled={!!norm.choice}
        onValue={(v) => setNorm({ ...norm, key: v })}
      />
      <TextField
        label={t('policy.form.itemTitle')}
        name="norm-title"
        value={norm.title}
        onValue={(v) => setNorm({ ...norm, title: v })}
      />
      <TextareaField
        label={t('policy.form.text')}
        name="norm-text"
        value={norm.text}
        onValue={(v) => setNorm({ ...norm, text: v })}
      />
      <TextField
        label={t('policy.form.measures')}
        hint={t('policy.form.measuresHint')}
        name="norm-measures"
        value={norm.measures}
        onValue={(v) => setNorm({ ...norm, measures: v })}
      />
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          disabled={!norm.key.trim()}
          onClick={() =>
            set({
              setNorms: [
                ...(c.setNorms ?? []).filter((x) => x.key !== norm.key.trim()),
                {
                  key: norm.key.trim(),
                  title: norm.title,
                  text: norm.text,
                  measures: parseMeasures(norm.measures),
                },
              ],
              removeNorms: c.removeNorms?.filter((x) => x !== norm.key.trim()),
            })
          }
        >
          {t('policy.form.include')}
        </Button>
        {norm.choice && (
          <Button
            appearance="subtle-button"
            onClick={() =>
              set({
                removeNorms: [...(c.removeNorms ?? []).filter((x) => x !== norm.choice), norm.choice],
                setNorms: c.setNorms?.filter((x) => x.key !== norm.choice),
              })
            }
          >
            {t('policy.form.removeItem')}
          </Button>
        )}
      </div>

      <Heading level={4}>{t('policy.form.ruleTitle')}</Heading>
      <SelectField
        label={t('policy.form.rule')}
        name="rule-choice"
        value={rule.choice}
        onValue={pickRule}
        options={[
          { value: '', label: t('policy.form.newRule') },
          ...(base?.rules ?? []).map((r) => ({ value: r.key, label: `${r.key} ${r.title}` })),
        ]}
      />
      <TextField
        label={t('policy.form.key')}
        hint={t('policy.form.keyHint')}
        name="rule-key"
        value={rule.key}
        disabled={!!rule.choice}
        onValue={(v) => setRule({ ...rule, key: v })}
      />
      <SelectField
        label={t('policy.form.topic')}
        name="rule-topic"
        value={rule.topic}
        onValue={(v) => setRule({ ...rule, topic: v })}
        options={TOPICS.map((x) => ({ value: x, label: t(`policy.topics.${x}`) }))}
      />
      <TextField
        label={t('policy.form.itemTitle')}
        name="rule-title"
        value={rule.title}
        onValue={(v) => setRule({ ...rule, title: v })}
      />
      <TextareaField
        label={t('policy.form.text')}
        name="rule-text"
        value={rule.text}
        onValue={(v) => setRule({ ...rule, text: v })}
      />
      <TextField
        label={t('policy.form.measures')}
        hint={t('policy.form.measuresHint')}
        name="rule-measures"
        value={rule.measures}
        onValue={(v) => setRule({ ...rule, measures: v })}
      />
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          disabled={!rule.key.trim()}
          onClick={() =>
            set({
              setRules: [
                ...(c.setRules ?? []).filter((x) => x.key !== rule.key.trim()),
                {
                  key: rule.key.trim(),
                  topic: rule.topic as PolicyTopic,
                  title: rule.title,
                  text: rule.text,
                  measures: parseMeasures(rule.measures),
                },
              ],
              removeRules: c.removeRules?.filter((x) => x !== rule.key.trim()),
            })
          }
        >
          {t('policy.form.include')}
        </Button>
        {rule.choice && (
          <Button
            appearance="subtle-button"
            onClick={() =>
              set({
                removeRules: [...(c.removeRules ?? []).filter((x) => x !== rule.choice), rule.choice],
                setRules: c.setRules?.filter((x) => x.key !== rule.choice),
              })
            }
          >
            {t('policy.form.removeItem')}
          </Button>
        )}
      </div>

      <Heading level={4}>{t('policy.form.cellTitle')}</Heading>
      <SelectField
        label={t('policy.process')}
        name="cell-process"
        value={cell.process}
        onValue={(v) => pickCell(v as PolicyProcess, cell.party)}
        options={PROCESSES.map((p) => ({ value: p, label: t(`policy.processes.${p}`) }))}
      />
      <SelectField
        label={t('policy.proposals.party')}
        name="cell-party"
        value={cell.party}
        onValue={(v) => pickCell(cell.process, v)}
        options={RESPONSIBLE_PARTIES.map((p) => ({ value: p, label: partyName(p) }))}
      />
      <Fieldset legend={t('policy.form.raciLegend')}>
        {RACI.map((r) => (
          <label key={r} className="mkib-checkbox">
            <input
              type="checkbox"
              name={`cell-raci-${r}`}
              checked={cell.raci.includes(r)}
              onChange={(e) =>
                setCell({
                  ...cell,
                  raci: e.target.checked ? [...cell.raci, r] : cell.raci.filter((x) => x !== r),
                })
              }
            />{' '}
            {t(`policy.raci.${r}`)}
          </label>
        ))}
      </Fieldset>
      <TextareaField
        label={t('policy.form.tasks')}
        name="cell-tasks"
        value={cell.tasks}
        onValue={(v) => setCell({ ...cell, tasks: v })}
      />
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            set({
              setResponsibilities: [
                ...(c.setResponsibilities ?? []).filter(
                  (x) => !(x.process === cell.process && x.party === cell.party),
                ),
                { ...cell, raci: RACI.filter((r) => cell.raci.includes(r)) },
              ],
            })
          }
        >
          {t('policy.form.include')}
        </Button>
      </div>
      <TextField
        label={t('policy.form.recalibration')}
        name="recalibration"
        inputMode="numeric"
        value={c.recalibrationMonths ? String(c.recalibrationMonths) : ''}
        onValue={(v) => set({ recalibrationMonths: /^\d+$/.test(v) ? Number(v) : null })}
      />
    </Fieldset>
  );
}

export interface Existing {
  id: string;
  number: number;
  title: string;
  rationale: string;
  state?: string;
  /** What the proposal changes now, to show while revising (the text edits are entered again). */
  changes?: readonly PolicyChangeLineFieldsFragment[];
}

/**
 * Drafting a proposal (or revising a draft: `existing`): title, rationale, trigger with its record (a new
 * draft only; `trigger` presets it, e.g. taking up a request) and the text edits.
 */
export function ProposalForm(props: {
  existing?: Existing;
  trigger?: ChangeTriggerInput;
  title?: string;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const records = useData(TRIGGER_RECORDS, {}, { pause: !!props.existing });
  const [title, setTitle] = useState(props.existing?.title ?? props.title ?? '');
  const [rationale, setRationale] = useState(props.existing?.rationale ?? '');
  const [trigger, setTrigger] = useState<ChangeTriggerInput>(props.trigger ?? { kind: 'JAARAANSCHRIJVING' });
  const [change, setChange] = useState<PolicyChangeInput>({});
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (props.existing) {
        await send(UPDATE_PROPOSAL, { i: { id: props.existing.id, title, rationale, change } });
        props.onDone(t('policy.proposals.updated'));
      } else {
        const r = await send(DRAFT_PROPOSAL, { i: { title, rationale, trigger, change } });
        props.onDone(t('policy.proposals.draftedNotice', { number: r.draftChangeProposal.number }));
      }
    } catch (err) {
      setError(errorText(err, ['title', 'rationale', 'recordId', 'reference']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} className="mkib-form" aria-label={t('policy.proposals.draftTitle')}>
      <TextField
        label={t('policy.form.title')}
        name="proposal-title"
        required
        error={error?.fields.title}
        value={title}
        onValue={setTitle}
      />
      <TextareaField
        label={t('policy.form.rationale')}
        name="proposal-rationale"
        required
        error={error?.fields.rationale}
        value={rationale}
        onValue={setRationale}
      />
      {!props.existing && (
        <TriggerFields value={trigger} onChange={setTrigger} records={records.data} errors={error?.fields} />
      )}
      {props.existing && (
        <>
          {props.existing.state === 'CONSULTATION' && (
            <Alert type="warning">{t('policy.proposals.reviseInConsultation')}</Alert>
          )}
          <Paragraph>{t('policy.proposals.editReplaces')}</Paragraph>
          {props.existing.changes && props.existing.changes.some((l) => l.part !== 'REQUIREMENTS') && (
            <ChangeLines
              lines={props.existing.changes.filter((l) => l.part !== 'REQUIREMENTS')}
              caption={t('policy.proposals.currentChanges')}
            />
          )}
        </>
      )}
      <ChangeEditor value={change} onChange={setChange} />
      <ErrorAlert message={error?.message || null} />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('policy.proposals.save')}
      </Button>
    </form>
  );
}
