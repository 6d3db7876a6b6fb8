import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CoUserCategory,
  CoUserRegistrationFieldsFragment,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import {
  Button,
  DateField,
  Dialog,
  ErrorAlert,
  Fieldset,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { END_CO_USER, SAVE_CO_USER, SET_BOARD_REPRESENTATION } from './register-operations';

export const CO_USER_CATEGORIES: CoUserCategory[] = ['MEDEGEBRUIKER', 'TIJDELIJK', 'BIJZONDERE_GEBRUIKER'];
/** The shared facilities of SK-T1 (risk's facility register). */
export const SHARED_FACILITIES = ['SPOEDVRAAG', 'SPOEDRESPONS', 'GMS', 'OIS', 'IVICT', 'HUISVESTING'];
const FIELDS = [
  'code',
  'name',
  'category',
  'responsibleHoofdgebruiker',
  'admittedOn',
  'endsOn',
  'facilities',
  'reportingArrangement',
  'reportDue',
];

type Registration = CoUserRegistrationFieldsFragment;

/**
 * Admitting a co-user, or changing its entry (SK-5.4): code (fixed once admitted), name, category, the
 * responsible hoofdgebruiker (not for a bijzondere gebruiker), admission and end, the shared facilities
 * it uses, and a bijzondere gebruiker's own reporting arrangement and report date. Opens where the LMS
 * clicked; the focus moves in and back (Dialog).
 */
export function CoUserFormDialog(props: {
  existing?: Registration;
  hoofdgebruikers: { code: string; name: string }[];
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const e = props.existing;
  const [form, setForm] = useState({
    code: e?.party.code ?? '',
    name: e?.party.name ?? '',
    category: (e?.category ?? 'MEDEGEBRUIKER') as CoUserCategory,
    responsibleHoofdgebruiker: e?.responsibleHoofdgebruiker?.code ?? '',
    admittedOn: e?.admittedOn ?? '',
    endsOn: e?.endsOn ?? '',
    facilities: e?.facilities ?? [],
    reportingArrangement: e?.reportingArrangement ?? '',
    reportDue: e?.reportDue ?? '',
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const bijzonder = form.category === 'BIJZONDERE_GEBRUIKER';

  const save = async () => {
    setBusy(true);
    setFields({});
    setError(null);
    try {
      await send(SAVE_CO_USER, {
        input: {
          code: form.code.trim(),
          name: form.name.trim(),
          category: form.category,
          responsibleHoofdgebruiker: bijzonder ? null : form.responsibleHoofdgebruiker || null,
          admittedOn: form.admittedOn,
          endsOn: form.endsOn || null,
          facilities: form.facilities,
          reportingArrangement: bijzonder ? form.reportingArrangement.trim() : null,
          reportDue: bijzonder ? form.reportDue || null : null,
        },
      });
      props.onSaved(t('registers.saved', { name: form.name.trim() }));
    } catch (err) {
      const text = errorText(err, FIELDS);
      setFields(text.fields);
      setError(Object.keys(text.fields).length ? t('registers.fix') : text.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={e ? t('registers.changeTitle', { name: e.party.name }) : t('registers.admitTitle')}
      closeLabel={t('registers.close')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t('registers.name')}
          name="co-user-name"
          value={form.name}
          error={fields.name}
          onValue={(v) => set({ name: v })}
        />
        <TextField
          label={t('registers.code')}
          hint={t('registers.codeHint')}
          name="co-user-code"
          value={form.code}
          readOnly={!!e}
          error={fields.code}
          onValue={(v) => set({ code: v })}
        />
        <SelectField
          label={t('registers.category')}
          name="co-user-category"
          value={form.category}
          error={fields.category}
          onValue={(v) => set({ category: v as CoUserCategory })}
          options={CO_USER_CATEGORIES.map((c) => ({ value: c, label: t(`registers.categories.${c}`) }))}
        />
        {!bijzonder && (
          <SelectField
            label={t('registers.responsible')}
            name="co-user-responsible"
            value={form.responsibleHoofdgebruiker}
            placeholder={t('registers.choose')}
            error={fields.responsibleHoofdgebruiker}
            onValue={(v) => set({ responsibleHoofdgebruiker: v })}
            options={props.hoofdgebruikers.map((p) => ({ value: p.code, label: p.name }))}
          />
        )}
        <DateField
          label={t('registers.admittedOn')}
          name="co-user-admittedOn"
          value={form.admittedOn}
          error={fields.admittedOn}
          onValue={(v) => set({ admittedOn: v })}
        />
        <DateField
          label={t('registers.endsOn')}
          name="co-user-endsOn"
          value={form.endsOn}
          error={fields.endsOn}
          onValue={(v) => set({ endsOn: v })}
        />
        <Fieldset legend={t('registers.facilities')}>
          {SHARED_FACILITIES.map((f) => (
            <label key={f} className="mkib-checkbox">
              <input
                type="checkbox"
                name="co-user-facilities"
                value={f}
                checked={form.facilities.includes(f)}
                onChange={(ev) =>
                  set({
                    facilities: ev.target.checked
                      ? [...form.facilities, f]
                      : form.facilities.filter((x) => x !== f),
                  })
                }
              />{' '}
              {f}
            </label>
          ))}
          {fields.facilities && (
            <p className="utrecht-form-field-error-message" role="alert">
              {fields.facilities}
            </p>
          )}
        </Fieldset>
        {bijzonder && (
          <>
            <TextareaField
              label={t('registers.arrangement')}
              name="co-user-arrangement"
              rows={3}
              value={form.reportingArrangement}
              error={fields.reportingArrangement}
              onValue={(v) => set({ reportingArrangement: v })}
            />
            <DateField
              label={t('registers.reportDue')}
              name="co-user-reportDue"
              value={form.reportDue}
              error={fields.reportDue}
              onValue={(v) => set({ reportDue: v })}
            />
          </>
        )}
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('registers.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Ending a co-user's admission on a date: the last day it works and signs in. */
export function EndCoUserDialog(props: {
  registration: Registration;
  today: string;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [endsOn, setEndsOn] = useState(props.today);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const name = props.registration.party.name;
  const save = async () => {
    setFields({});
    setError(null);
    try {
      await send(END_CO_USER, { code: props.registration.party.code, endsOn });
      props.onSaved(t('registers.ended', { name }));
    } catch (err) {
      const text = errorText(err, ['endsOn']);
      setFields(text.fields);
      setError(text.message);
    }
  };
  return (
    <Dialog
      title={t('registers.endTitle', { name })}
      closeLabel={t('registers.close')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void save();
        }}
      >
        <DateField
          label={t('registers.endsOn')}
          hint={t('registers.endHint')}
          name="co-user-end"
          value={endsOn}
          error={fields.endsOn}
          onValue={setEndsOn}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('registers.end')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Recording who represents a party on the SMB and the BMB: one name per line. */
export function RepresentationDialog(props: {
  party: { code: string; name: string };
  smb: string[];
  bmb: string[];
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [smb, setSmb] = useState(props.smb.join('\n'));
  const [bmb, setBmb] = useState(props.bmb.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await send(SET_BOARD_REPRESENTATION, {
        input: { party: props.party.code, smb: lines(smb), bmb: lines(bmb) },
      });
      props.onSaved(t('registers.representSaved', { name: props.party.name }));
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <Dialog
      title={t('registers.representTitle', { name: props.party.name })}
      closeLabel={t('registers.close')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void save();
        }}
      >
        <TextareaField
          label={t('registers.smb')}
          hint={t('registers.namesHint')}
          name="represent-smb"
          rows={3}
          value={smb}
          onValue={setSmb}
        />
        <TextareaField
          label={t('registers.bmb')}
          hint={t('registers.namesHint')}
          name="represent-bmb"
          rows={3}
          value={bmb}
          onValue={setBmb}
        />
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('registers.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
