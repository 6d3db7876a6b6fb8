import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PositionStance, useData, useErrorText, useSend } from '@mkib/web-data-access';
import {
  Button,
  DateField,
  Dialog,
  ErrorAlert,
  Fieldset,
  Paragraph,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { ESCALATION_PARTIES, RAISE_ESCALATION, RECORD_ESCALATION_POSITION } from './escalation-operations';

/** The kinds of party that can be asked for a position: the hoofdgebruikers and the LMS (beheerder). */
const ASKABLE = ['HOOFDGEBRUIKER', 'BEHEERDER'];

/** A fresh day (YYYY-MM-DD) from the clock, for the deadline's default. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * "Escalatie indienen" (SK-3.8): title, the decision point, the parties asked (at least two hoofdgebruikers
 * or the LMS; a party raising is among them) and the date positions are due.
 */
export function RaiseEscalationDialog(props: {
  /** The raising party, pre-ticked; null for the board secretary. */
  ownParty: string | null;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const parties = useData(ESCALATION_PARTIES, {});
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [asked, setAsked] = useState<string[]>(props.ownParty ? [props.ownParty] : []);
  const [due, setDue] = useState(inDays(14));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = (parties.data?.parties ?? []).filter((p) => ASKABLE.includes(p.kind));
  const save = async () => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await send(RAISE_ESCALATION, { input: { title, question, parties: asked, positionsDue: due } });
      props.onSaved(t('escalations.form.raised'));
    } catch (err) {
      const text = errorText(err, ['title', 'question', 'parties', 'positionsDue']);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('escalations.raiseTitle')} closeLabel={t('escalations.close')} onClose={props.onClose}>
      <form
        className="mkib-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t('escalations.form.title')}
          name="escalation-title"
          value={title}
          error={fields.title}
          onValue={setTitle}
        />
        <TextareaField
          label={t('escalations.form.question')}
          name="escalation-question"
          rows={4}
          value={question}
          error={fields.question}
          onValue={setQuestion}
        />
        <Fieldset legend={t('escalations.form.parties')}>
          {fields.parties && <Paragraph className="mkib-error">{fields.parties}</Paragraph>}
          {options.map((p) => (
            <label key={p.code} className="mkib-check">
              <input
                type="checkbox"
                name="escalation-parties"
                value={p.code}
                checked={asked.includes(p.code)}
                onChange={(e) =>
                  setAsked((a) => (e.target.checked ? [...a, p.code] : a.filter((c) => c !== p.code)))
                }
              />{' '}
              {p.name}
            </label>
          ))}
        </Fieldset>
        <DateField
          label={t('escalations.form.positionsDue')}
          name="escalation-positionsDue"
          value={due}
          error={fields.positionsDue}
          onValue={setDue}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('escalations.form.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** "Standpunt vastleggen": Eens or Oneens, with the reasoning (changeable until the BMB decided). */
export function PositionDialog(props: {
  escalationId: string;
  title: string;
  current?: { stance: PositionStance; reasoning: string } | null;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [stance, setStance] = useState<PositionStance>(props.current?.stance ?? 'EENS');
  const [reasoning, setReasoning] = useState(props.current?.reasoning ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await send(RECORD_ESCALATION_POSITION, {
        input: { escalationId: props.escalationId, stance, reasoning },
      });
      props.onSaved(t('escalations.position.recorded'));
    } catch (err) {
      const text = errorText(err, ['stance', 'reasoning']);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={`${t('escalations.position.title')}: ${props.title}`}
      closeLabel={t('escalations.close')}
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
        <Fieldset legend={t('escalations.position.stance')}>
          {(['EENS', 'ONEENS'] as const).map((s) => (
            <label key={s} className="mkib-check">
              <input
                type="radio"
                name="escalation-stance"
                value={s}
                checked={stance === s}
                onChange={() => setStance(s)}
              />{' '}
              {t(`escalations.stances.${s}`)}
            </label>
          ))}
        </Fieldset>
        <TextareaField
          label={t('escalations.position.reasoning')}
          name="escalation-reasoning"
          rows={4}
          value={reasoning}
          error={fields.reasoning}
          onValue={setReasoning}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('escalations.position.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
