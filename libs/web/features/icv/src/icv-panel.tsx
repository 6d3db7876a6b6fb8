import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GraphQLRequest,
  IcvStatement,
  isGraphQLRequestError,
  Session,
  TypedDocumentNode,
} from '@mkib/web-data-access';
import { Alert, Button, downloadFile, ErrorAlert, Field, Heading, Paragraph } from '@mkib/web-ui';
import { problemsText, STATEMENTS } from './year';
import {
  CORRECT_ICV,
  ICV,
  ICV_PDF,
  PREPARE_ICV,
  SIGN_ICV,
  START_ICV,
  SUBMIT_ICV,
  UPDATE_ICV,
} from './operations';

interface Exception {
  subject: string;
  description: string;
  improvement: string;
  dueDate: string;
}
interface Icv {
  version: number;
  scope: string;
  state: string;
  statement: string | null;
  proposedStatement: string | null;
  exceptions: Exception[];
  coUsers: { party: string; report: { status: string } | null; missingReason: string | null }[];
  preparedBy: string | null;
  signedBy: string | null;
  submittedAt: string | null;
  correctionReason: string | null;
}

const emptyException = (): Exception => ({ subject: '', description: '', improvement: '', dueDate: '' });

/**
 * Drafting and sign-off of the organisation's ICV (SK-4.6, SK-5.5): the security officer drafts the
 * statement (the assessment proposes one) and its exceptions, names missing co-user reports, prepares it;
 * the accountable official signs; then it is submitted. Each button appears only to whom it belongs and
 * only when its step is next.
 */
export function IcvPanel(props: { request: GraphQLRequest; year: number; session: Session }) {
  const { t } = useTranslation();
  const [icv, setIcv] = useState<Icv | null | undefined>(undefined);
  const [statement, setStatement] = useState('');
  const [exceptions, setExceptions] = useState<Exception[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isOfficer = props.session.roles.includes('security-officer');
  const isAccountable = props.session.roles.includes('accountable-official');

  const show = (next: Icv | null) => {
    setIcv(next);
    setStatement(next?.statement ?? next?.proposedStatement ?? '');
    setExceptions(next?.exceptions ?? []);
    setMissing(
      Object.fromEntries(
        (next?.coUsers ?? []).filter((c) => c.missingReason).map((c) => [c.party, c.missingReason!]),
      ),
    );
  };
  useEffect(() => {
    props
      .request<{ icv: Icv }>(ICV, { y: props.year })
      .then((r) => show(r.icv))
      .catch((e) => (isGraphQLRequestError(e) && e.code === 'NOT_FOUND' ? show(null) : setError(e.message)));
  }, [props.request, props.year]);

  const run = async <V,>(query: TypedDocumentNode<unknown, V>, variables: V, done: string) => {
    setError(null);
    setNotice(null);
    try {
      const r = (await props.request(query, variables)) as Record<string, Icv>;
      show(Object.values(r)[0]);
      setNotice(done);
    } catch (err) {
      setError(problemsText(err));
    }
  };
  const save = () =>
    run(
      UPDATE_ICV,
      {
        i: {
          year: props.year,
          statement: (statement || null) as IcvStatement | null,
          exceptions,
          namedMissing: Object.entries(missing)
            .filter(([, r]) => r.trim())
            .map(([party, r]) => ({ party, reason: r })),
        },
      },
      t('icv.saved'),
    );

  if (icv === undefined) return error ? <Alert type="error">{error}</Alert> : null;
  const editable = isOfficer && icv !== null && !['INGEDIEND', 'VERVANGEN'].includes(icv.state);
  return (
    <section aria-labelledby="icv-title" className="mkib-section">
      <Heading level={2} id="icv-title">
        {t('icv.title', { year: props.year })}
      </Heading>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {icv === null ? (
        <>
          <Paragraph>{t('icv.none')}</Paragraph>
          {isOfficer && (
            <Button
              appearance="primary-action-button"
              onClick={() => void run(START_ICV, { y: props.year }, t('icv.started'))}
            >
              {t('icv.start')}
            </Button>
          )}
        </>
      ) : (
        <>
          <Paragraph data-testid="icv-state">
            {t('icv.stateLine', {
              version: icv.version,
              state: t(`icv.states.${icv.state}`),
              scope: t(`icv.scopes.${icv.scope}`),
            })}
          </Paragraph>
          {icv.preparedBy && <Paragraph>{t('icv.preparedBy', { who: icv.preparedBy })}</Paragraph>}
          {icv.signedBy && <Paragraph>{t('icv.signedBy', { who: icv.signedBy })}</Paragraph>}
          {icv.proposedStatement && (
            <Paragraph>
              {t('assessment.proposed')}: {t(`icv.statements.${icv.proposedStatement}`)}
            </Paragraph>
          )}
          <Field label={t('icv.statement')}>
            {(a11y) => (
              <select
                {...a11y}
                name="statement"
                className="utrecht-select utrecht-select--html-select"
                disabled={!editable}
                value={statement}
                onChange={(e) => setStatement(e.target.value)}
              >
                <option value="">{t('icv.chooseStatement')}</option>
                {STATEMENTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`icv.statements.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {statement && icv.proposedStatement && statement !== icv.proposedStatement && (
            <Alert type="warning">
              {t('icv.deviates', { proposed: t(`icv.statements.${icv.proposedStatement}`) })}
            </Alert>
          )}
          <fieldset className="mkib-fieldset">
            <legend>{t('icv.exceptions')}</legend>
            {exceptions.length === 0 && <Paragraph>{t('icv.noExceptions')}</Paragraph>}
            {exceptions.map((ex, i) => (
              <div key={i} className="mkib-card" data-exception={i}>
                {(['subject', 'description', 'improvement', 'dueDate'] as const).map((f) => (
                  <Field key={f} label={t(`icv.exceptionFields.${f}`)}>
                    {(a11y) => (
                      <input
                        {...a11y}
                        name={`exception-${i}-${f}`}
                        type={f === 'dueDate' ? 'date' : 'text'}
                        disabled={!editable}
                        className="utrecht-textbox utrecht-textbox--html-input"
                        value={ex[f]}
                        onChange={(e) =>
                          setExceptions(
                            exceptions.map((x, j) => (j === i ? { ...x, [f]: e.target.value } : x)),
                          )
                        }
                      />
                    )}
                  </Field>
                ))}
                {editable && (
                  <Button
                    appearance="subtle-button"
                    onClick={() => setExceptions(exceptions.filter((_, j) => j !== i))}
                  >
                    {t('icv.removeException')}
                  </Button>
                )}
              </div>
            ))}
            {editable && (
              <Button
                appearance="secondary-action-button"
                onClick={() => setExceptions([...exceptions, emptyException()])}
              >
                {t('icv.addException')}
              </Button>
            )}
          </fieldset>
          {icv.coUsers.length > 0 && (
            <fieldset className="mkib-fieldset">
              <legend>{t('icv.coUsers')}</legend>
              <ul>
                {icv.coUsers.map((c) => (
                  <li key={c.party} data-co-user={c.party}>
                    {c.party}:{' '}
                    {c.report ? (
                      t(`assessment.statuses.${c.report.status}`)
                    ) : (
                      <>
                        {t('icv.reportMissing')}{' '}
                        {editable && (
                          <input
                            aria-label={t('icv.missingReason', { party: c.party })}
                            name={`missing-${c.party}`}
                            className="utrecht-textbox utrecht-textbox--html-input"
                            value={missing[c.party] ?? ''}
                            onChange={(e) => setMissing({ ...missing, [c.party]: e.target.value })}
                          />
                        )}
                        {!editable && c.missingReason}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <div className="mkib-actions">
            {editable && (
              <Button appearance="secondary-action-button" onClick={() => void save()}>
                {t('icv.save')}
              </Button>
            )}
            {isOfficer && icv.state === 'CONCEPT' && (
              <Button
                appearance="primary-action-button"
                onClick={() => void run(PREPARE_ICV, { y: props.year }, t('icv.prepared'))}
              >
                {t('icv.prepare')}
              </Button>
            )}
            {isAccountable && icv.state === 'VOORBEREID' && (
              <Button
                appearance="primary-action-button"
                onClick={() => void run(SIGN_ICV, { y: props.year }, t('icv.signed'))}
              >
                {t('icv.sign')}
              </Button>
            )}
            {(isOfficer || isAccountable) && icv.state === 'ONDERTEKEND' && (
              <Button
                appearance="primary-action-button"
                onClick={() => void run(SUBMIT_ICV, { y: props.year }, t('icv.submitted'))}
              >
                {t('icv.submit')}
              </Button>
            )}
            {icv.signedBy && (
              <Button
                appearance="secondary-action-button"
                onClick={() =>
                  void props
                    .request<{ icvPdf: { filename: string; contentType: string; contentBase64: string } }>(
                      ICV_PDF,
                      { y: props.year },
                    )
                    .then((r) => downloadFile(r.icvPdf))
                    .catch((e: Error) => setError(e.message))
                }
              >
                {t('icv.pdf')}
              </Button>
            )}
          </div>
          {isOfficer && icv.state === 'INGEDIEND' && (
            <div className="mkib-inline">
              <Field label={t('icv.correctionReason')}>
                {(a11y) => (
                  <input
                    {...a11y}
                    name="correction-reason"
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                )}
              </Field>
              <Button
                appearance="secondary-action-button"
                onClick={() => void run(CORRECT_ICV, { y: props.year, r: reason }, t('icv.correcting'))}
              >
                {t('icv.correct')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
