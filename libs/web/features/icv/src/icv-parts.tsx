import { useTranslation } from 'react-i18next';
import type { IcvFieldsFragment, IcvMeasuresQuery } from '@mkib/web-data-access';
import { Button, DateField, Fieldset, Paragraph, TextareaField, TextInput } from '@mkib/web-ui';

export type Exception = IcvFieldsFragment['exceptions'][number];
type Ref = Exception['measures'][number];
export type Candidate = IcvMeasuresQuery['assessment']['entries'][number];
export const emptyException = (): Exception => ({ measures: [], explanation: '', plannedDate: '' });
const keyOf = (r: Ref) => `${r.frameworkCode}:${r.identifier}`;
const same = (a: Ref) => (b: Ref) => keyOf(a) === keyOf(b);

/** The measures an exception can name: applicable ones that are NIET, DEELS or not assessed. */
export const openMeasures = (entries: Candidate[]): Candidate[] =>
  entries.filter((e) => e.status === null || e.status === 'NIET' || e.status === 'DEELS');

/**
 * The ICV's exceptions (comply or explain): each names applicable measures that are not (fully)
 * implemented or not assessed, with an explanation and a planned date.
 */
export function ExceptionsFieldset(props: {
  exceptions: Exception[];
  candidates: Candidate[];
  editable: boolean;
  onChange(next: Exception[]): void;
}) {
  const { t } = useTranslation();
  const { exceptions, candidates, editable, onChange } = props;
  const change = (i: number, next: Partial<Exception>) =>
    onChange(exceptions.map((x, j) => (j === i ? { ...x, ...next } : x)));
  const statusText = (status: string | null) =>
    t(status ? `assessment.statuses.${status}` : 'icv.unassessed');
  return (
    <Fieldset legend={t('icv.exceptions')}>
      <Paragraph className="mkib-muted">{t('icv.exceptionsIntro', { count: candidates.length })}</Paragraph>
      {exceptions.length === 0 && <Paragraph>{t('icv.noExceptions')}</Paragraph>}
      {exceptions.map((ex, i) => {
        // The open measures, and any the exception names that are no longer open (to take them off).
        const shown: (Ref & { status?: string | null; title?: string | null })[] = [
          ...candidates.map((c) => ({ ...c, title: c.requirement.title })),
          ...ex.measures.filter((m) => !candidates.some(same(m))),
        ];
        return (
          <div key={i} className="mkib-card" data-exception={i}>
            {editable ? (
              <Fieldset legend={t('icv.exceptionMeasures', { n: i + 1 })}>
                <div style={{ maxHeight: '16rem', overflowY: 'auto' }}>
                  {shown.map((m) => (
                    <label key={keyOf(m)} className="mkib-checkbox" style={{ display: 'block' }}>
                      <input
                        type="checkbox"
                        name={`exception-${i}-measure`}
                        value={keyOf(m)}
                        checked={ex.measures.some(same(m))}
                        onChange={(e) =>
                          change(i, {
                            measures: e.target.checked
                              ? [...ex.measures, { frameworkCode: m.frameworkCode, identifier: m.identifier }]
                              : ex.measures.filter((x) => !same(m)(x)),
                          })
                        }
                      />{' '}
                      {m.frameworkCode} {m.identifier}
                      {m.title ? ` ${m.title}` : ''}
                      {'status' in m ? ` (${statusText(m.status ?? null)})` : ''}
                    </label>
                  ))}
                </div>
                {candidates.length > 0 && (
                  <Button
                    appearance="subtle-button"
                    onClick={() =>
                      change(i, {
                        measures: [
                          ...ex.measures,
                          ...candidates
                            .filter((c) => !ex.measures.some(same(c)))
                            .map((c) => ({ frameworkCode: c.frameworkCode, identifier: c.identifier })),
                        ],
                      })
                    }
                  >
                    {t('icv.chooseAllOpen')}
                  </Button>
                )}
              </Fieldset>
            ) : (
              <Paragraph>
                {t('icv.exceptionMeasuresList')}:{' '}
                {ex.measures.map((m) => `${m.frameworkCode} ${m.identifier}`).join(', ') ||
                  t('icv.noMeasures')}
              </Paragraph>
            )}
            <TextareaField
              label={t('icv.exceptionFields.explanation')}
              name={`exception-${i}-explanation`}
              disabled={!editable}
              value={ex.explanation}
              onValue={(v) => change(i, { explanation: v })}
            />
            <DateField
              label={t('icv.exceptionFields.plannedDate')}
              name={`exception-${i}-plannedDate`}
              disabled={!editable}
              value={ex.plannedDate}
              onValue={(v) => change(i, { plannedDate: v })}
            />
            {editable && (
              <Button
                appearance="subtle-button"
                onClick={() => onChange(exceptions.filter((_, j) => j !== i))}
              >
                {t('icv.removeException')}
              </Button>
            )}
          </div>
        );
      })}
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
