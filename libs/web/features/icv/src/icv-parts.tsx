import { useTranslation } from 'react-i18next';
import type { IcvFieldsFragment } from '@mkib/web-data-access';
import { Button, DateField, Fieldset, Paragraph, TextField, TextInput } from '@mkib/web-ui';

export type Exception = IcvFieldsFragment['exceptions'][number];
export const emptyException = (): Exception => ({
  subject: '',
  description: '',
  improvement: '',
  dueDate: '',
});

/** The ICV's exceptions: each a subject, description, improvement and due date. */
export function ExceptionsFieldset(props: {
  exceptions: Exception[];
  editable: boolean;
  onChange(next: Exception[]): void;
}) {
  const { t } = useTranslation();
  const { exceptions, editable, onChange } = props;
  return (
    <Fieldset legend={t('icv.exceptions')}>
      {exceptions.length === 0 && <Paragraph>{t('icv.noExceptions')}</Paragraph>}
      {exceptions.map((ex, i) => (
        <div key={i} className="mkib-card" data-exception={i}>
          {(['subject', 'description', 'improvement', 'dueDate'] as const).map((f) => {
            const Control = f === 'dueDate' ? DateField : TextField;
            return (
              <Control
                key={f}
                label={t(`icv.exceptionFields.${f}`)}
                name={`exception-${i}-${f}`}
                disabled={!editable}
                value={ex[f]}
                onValue={(v) => onChange(exceptions.map((x, j) => (j === i ? { ...x, [f]: v } : x)))}
              />
            );
          })}
          {editable && (
            <Button appearance="subtle-button" onClick={() => onChange(exceptions.filter((_, j) => j !== i))}>
              {t('icv.removeException')}
            </Button>
          )}
        </div>
      ))}
      {editable && (
        <Button
          appearance="secondary-action-button"
          onClick={() => onChange([...exceptions, emptyException()])}
        >
          {t('icv.addException')}
        </Button>
      )}
    </Fieldset>
  );
}

/** The co-users' reports for the ICV; for a missing one, the reason the officer names. */
export function CoUsersFieldset(props: {
  coUsers: IcvFieldsFragment['coUsers'];
  missing: Record<string, string>;
  editable: boolean;
  onChange(next: Record<string, string>): void;
}) {
  const { t } = useTranslation();
  const { missing, editable } = props;
  if (props.coUsers.length === 0) return null;
  return (
    <Fieldset legend={t('icv.coUsers')}>
      <ul>
        {props.coUsers.map((c) => (
          <li key={c.party} data-co-user={c.party}>
            {c.party}:{' '}
            {c.report ? (
              t(`assessment.statuses.${c.report.status}`)
            ) : (
              <>
                {t('icv.reportMissing')}{' '}
                {editable && (
                  <TextInput
                    aria-label={t('icv.missingReason', { party: c.party })}
                    name={`missing-${c.party}`}
                    value={missing[c.party] ?? ''}
                    onValue={(v) => props.onChange({ ...missing, [c.party]: v })}
                  />
                )}
                {!editable && c.missingReason}
              </>
            )}
          </li>
        ))}
      </ul>
    </Fieldset>
  );
}
