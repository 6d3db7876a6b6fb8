import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChangeTriggerInput,
  PolicyChangeInput,
  TriggerKind,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import { Button, Dialog, ErrorAlert, Paragraph, SelectField, TextareaField, TextField } from '@mkib/web-ui';
import { CATALOGUE_TRIGGER_RECORDS, PROPOSE_CATALOGUE_CHANGE } from './operations';

const KINDS: TriggerKind[] = [
  'JAARAANSCHRIJVING',
  'RISK_ANALYSIS',
  'HOOFDGEBRUIKER_REQUEST',
  'BMB_INSTRUCTION',
  'ICV_OUTCOME',
  'EVALUATION',
];

/**
 * The common requirements change only when the BMB adopts a policy change (SK-3.1): the profile editor and
 * the import wizard propose theirs as a draft, with its title, rationale and trigger (kind and record).
 */
export function ProposeDialog(props: {
  defaultTitle: string;
  defaultRationale: string;
  change: PolicyChangeInput;
  onClose(): void;
  onProposed(number: number): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const records = useData(CATALOGUE_TRIGGER_RECORDS, {}).data;
  const [title, setTitle] = useState(props.defaultTitle);
  const [rationale, setRationale] = useState(props.defaultRationale);
  const [trigger, setTrigger] = useState<ChangeTriggerInput>({ kind: 'JAARAANSCHRIJVING', reference: '' });
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const partyName = (code: string) => records?.parties.find((p) => p.code === code)?.name ?? code;

  const options =
    trigger.kind === 'JAARAANSCHRIJVING'
      ? (records?.jaaraanschrijvingen ?? []).map((j) => ({
          value: j.id,
          label: t('policy.form.jaaraanschrijving', { year: j.year, reference: j.reference }),
        }))
      : trigger.kind === 'HOOFDGEBRUIKER_REQUEST'
        ? (records?.changeRequests ?? []).map((r) => ({
            value: r.id,
            label: t('policy.form.request', { party: partyName(r.party), subject: r.subject }),
          }))
        : trigger.kind === 'ICV_OUTCOME'
          ? (records?.boardItems ?? [])
              .filter((i) => i.decision)
              .map((i) => ({
                value: i.id,
                label: t('policy.trigger.icvDecision', {
                  title: i.title,
                  party: partyName(i.party ?? ''),
                  decision: t(`boards.decisions.${i.decision}`),
                }),
              }))
          : trigger.kind === 'BMB_INSTRUCTION'
            ? (records?.instructions ?? []).map((a) => ({
                value: a.id,
                label: t('policy.form.instructionOption', {
                  party: partyName(a.party),
                  description: a.description,
                  due: a.dueDate,
                }),
              }))
            : trigger.kind === 'RISK_ANALYSIS'
              ? (records?.riskRegister.analyses ?? [])
                  .filter((a) => a.state === 'DEFINITIEF')
                  .map((a) => ({
                    value: a.id,
                    label: t('policy.form.riskAnalysisOption', {
                      number: a.number,
                      version: a.version,
                      title: a.title,
                    }),
                  }))
              : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const r = await send(PROPOSE_CATALOGUE_CHANGE, {
        i: {
          title,
          rationale,
          trigger: {
            kind: trigger.kind,
            recordId: trigger.recordId || null,
            reference: trigger.reference || null,
          },
          change: props.change,
        },
      });
      props.onProposed(r.draftChangeProposal.number);
    } catch (err) {
      setError(errorText(err, ['title', 'rationale', 'recordId', 'reference']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('policy.propose.title')}
      closeLabel={t('policy.proposals.close')}
      onClose={props.onClose}
    >
      <form onSubmit={submit} className="mkib-form">
        <TextField
          label={t('policy.propose.proposalTitle')}
          name="propose-title"
          required
          error={error?.fields.title}
          value={title}
          onValue={setTitle}
        />
        <Paragraph>{t('policy.propose.intro')}</Paragraph>
        <TextareaField
          label={t('policy.form.rationale')}
          name="propose-rationale"
          required
          error={error?.fields.rationale}
          value={rationale}
          onValue={setRationale}
        />
        <SelectField
          label={t('policy.form.triggerKind')}
          name="propose-trigger"
          value={trigger.kind}
          onValue={(k) =>
            setTrigger({ kind: k as TriggerKind, recordId: null, reference: trigger.reference })
          }
          options={KINDS.map((k) => ({ value: k, label: t(`policy.triggers.${k}`) }))}
        />
        {options && (
          <SelectField
            label={t('policy.form.record')}
            name="propose-record"
            placeholder={t('policy.form.choose')}
            error={error?.fields.recordId}
            value={trigger.recordId ?? ''}
            onValue={(id) => setTrigger({ ...trigger, recordId: id || null })}
            options={options}
          />
        )}
        {options && options.length === 0 && (
          <Paragraph className="mkib-muted">{t('policy.form.noRecords')}</Paragraph>
        )}
        <TextField
          label={t('policy.form.reference')}
          hint={t('policy.form.referenceHint')}
          name="propose-reference"
          error={error?.fields.reference}
          value={trigger.reference ?? ''}
          onValue={(r) => setTrigger({ ...trigger, reference: r })}
        />
        <ErrorAlert message={error?.message || null} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('policy.propose.send')}
        </Button>
      </form>
    </Dialog>
  );
}
