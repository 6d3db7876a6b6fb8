import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useData, useErrorText, useSend, WorkingGroupFieldsFragment } from '@mkib/web-data-access';
import {
  Button,
  Dialog,
  ErrorAlert,
  Fieldset,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { SAVE_WORKING_GROUP, WORKING_GROUP_PARTIES } from './working-group-operations';

/** The party kinds a member may come from: the beheerder (the LMS) and the hoofdgebruikers. */
const MEMBER_KINDS = ['BEHEERDER', 'HOOFDGEBRUIKER'];

interface MemberRow {
  key: number;
  party: string;
  name: string;
}

/** What the form itself checks before sending; the server checks the rest (representation, duplicates). */
export function workingGroupFormProblems(form: { name: string; mandate: string; members: MemberRow[] }) {
  const problems: Record<string, string> = {};
  if (!form.name.trim()) problems.name = 'required';
  if (!form.mandate.trim()) problems.mandate = 'required';
  if (!form.members.length) problems.members = 'noMembers';
  form.members.forEach((m, i) => {
    if (!m.party) problems[`party-${i}`] = 'party';
    if (!m.name.trim()) problems[`name-${i}`] = 'required';
  });
  return problems;
}

/**
 * The SMB secretary sets up a working group or changes an active one: name, mandate and members as rows
 * (a party among the LMS and the hoofdgebruikers, by name, and the member's name), rows added and removed.
 */
export function WorkingGroupFormDialog(props: {
  group: WorkingGroupFieldsFragment | null;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const parties = useData(WORKING_GROUP_PARTIES, {});
  const { group } = props;
  const [name, setName] = useState(group?.name ?? '');
  const [mandate, setMandate] = useState(group?.mandate ?? '');
  const [members, setMembers] = useState<MemberRow[]>(
    group
      ? group.members.map((m, key) => ({ key, party: m.party.code, name: m.name }))
      : [{ key: 0, party: '', name: '' }],
  );
  const [nextKey, setNextKey] = useState(members.length);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setMember = (key: number, patch: Partial<MemberRow>) =>
    setMembers((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    const problems = workingGroupFormProblems({ name, mandate, members });
    if (Object.keys(problems).length) {
      setFields(
        Object.fromEntries(
          Object.entries(problems).map(([f, key]) => [f, t(`workingGroups.problems.${key}`)]),
        ),
      );
      setError(t('workingGroups.fix'));
      return;
    }
    setBusy(true);
    setFields({});
    setError(null);
    try {
      await send(SAVE_WORKING_GROUP, {
        input: {
          id: group?.id ?? null,
          name: name.trim(),
          mandate: mandate.trim(),
          members: members.map((m) => ({ party: m.party, name: m.name.trim() })),
        },
      });
      props.onSaved(t(group ? 'workingGroups.form.changed' : 'workingGroups.form.established'));
    } catch (err) {
      // Member problems name a row's field: they are listed under the message.
      const text = errorText(err, ['mandate', 'members']);
      setFields(text.fields);
      setError(text.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={
        group ? t('workingGroups.form.changeTitle', { name: group.name }) : t('workingGroups.form.newTitle')
      }
      closeLabel={t('workingGroups.close')}
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
        <TextField
          label={t('workingGroups.form.name')}
          name="working-group-name"
          value={name}
          error={fields.name}
          onValue={setName}
        />
        <TextareaField
          label={t('workingGroups.form.mandate')}
          name="working-group-mandate"
          rows={4}
          value={mandate}
          error={fields.mandate}
          onValue={setMandate}
        />
        <Fieldset legend={t('workingGroups.form.members')}>
          <Paragraph className="mkib-muted">{t('workingGroups.form.membersHint')}</Paragraph>
          <ErrorAlert message={fields.members ?? null} />
          <DataView result={parties}>
            {(data) => {
              const options = data.parties
                .filter((p) => MEMBER_KINDS.includes(p.kind))
                .map((p) => ({ value: p.code, label: p.name }));
              return (
                <ol className="mkib-plain-list" data-testid="working-group-members">
                  {members.map((m, i) => (
                    <li key={m.key} className="mkib-card">
                      <SelectField
                        label={t('workingGroups.form.party', { n: i + 1 })}
                        name={`working-group-member-party-${i}`}
                        value={m.party}
                        placeholder={t('workingGroups.choose')}
                        error={fields[`party-${i}`]}
                        onValue={(v) => setMember(m.key, { party: v })}
                        options={options}
                      />
                      <TextField
                        label={t('workingGroups.form.memberName', { n: i + 1 })}
                        name={`working-group-member-name-${i}`}
                        value={m.name}
                        error={fields[`name-${i}`]}
                        onValue={(v) => setMember(m.key, { name: v })}
                      />
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => setMembers((rows) => rows.filter((r) => r.key !== m.key))}
                      >
                        {t('workingGroups.form.removeMember', { n: i + 1 })}
                      </Button>
                    </li>
                  ))}
                </ol>
              );
            }}
          </DataView>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setMembers((rows) => [...rows, { key: nextKey, party: '', name: '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            {t('workingGroups.form.addMember')}
          </Button>
        </Fieldset>
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('workingGroups.form.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
