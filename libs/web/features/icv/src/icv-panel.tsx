import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  IcvFieldsFragment,
  IcvStatement,
  Session,
  useAction,
  useData,
  useErrorText,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  downloadFile,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextField,
} from '@mkib/web-ui';
import { CoUsersFieldset, Exception, ExceptionsFieldset, openMeasures } from './icv-parts';
import {
  CORRECT_ICV,
  ICV,
  ICV_MEASURES,
  ICV_PDF,
  PREPARE_ICV,
  SIGN_ICV,
  START_ICV,
  SUBMIT_ICV,
  UPDATE_ICV,
} from './operations';
import { STATEMENTS } from './year';

type Icv = IcvFieldsFragment;

/**
 * Drafting and sign-off of the organisation's ICV (SK-4.6, SK-5.5): the security officer drafts the
 * statement (the assessment proposes one) and its exceptions, names missing co-user reports, prepares it;
 * the accountable official signs; then it is submitted. Each button appears only to whom it belongs and
 * only when its step is next.
 */
export function IcvPanel(props: { year: number; session: Session }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const result = useData(ICV, { y: props.year });
  const [start] = useAction(START_ICV);
  const [prepare] = useAction(PREPARE_ICV);
  const [sign] = useAction(SIGN_ICV);
  const [submit] = useAction(SUBMIT_ICV);
  const [update] = useAction(UPDATE_ICV);
  const [correct] = useAction(CORRECT_ICV);
  const [pdf] = useAction(ICV_PDF);
  const [statement, setStatement] = useState('');
  const [exceptions, setExceptions] = useState<Exception[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isOfficer = props.session.roles.includes('security-officer');
  const isAccountable = props.session.roles.includes('accountable-official');
  const y = props.year;
  // The measures an exception can name: applicable ones that are NIET, DEELS or not assessed.
  const measures = useData(ICV_MEASURES, { y }, { pause: !isOfficer });
  const candidates = openMeasures(measures.data?.assessment.entries ?? []);

  const icv = result.data?.icv;
  useEffect(() => {
    if (!icv) return;
    setStatement(icv.statement ?? icv.proposedStatement ?? '');
    setExceptions(icv.exceptions);
    setMissing(
      Object.fromEntries(icv.coUsers.filter((c) => c.missingReason).map((c) => [c.party, c.missingReason!])),
    );
  }, [icv]);

  const run = async (step: () => Promise<unknown>, done: string) => {
    setError(null);
    setNotice(null);
    try {
      await step();
      setNotice(done);
      result.refetch();
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  const save = () =>
    run(
      () =>
        update({
          i: {
            year: y,
            statement: (statement || null) as IcvStatement | null,
            exceptions: exceptions.map((e) => ({
              measures: e.measures.map((m) => ({ frameworkCode: m.frameworkCode, identifier: m.identifier })),
              explanation: e.explanation,
              plannedDate: e.plannedDate,
            })),
            namedMissing: Object.entries(missing)
              .filter(([, r]) => r.trim())
              .map(([party, r]) => ({ party, reason: r })),
          },
        }),
      t('icv.saved'),
    );

  const view = (icv: Icv | null) => {
    const editable = isOfficer && icv !== null && !['INGEDIEND', 'VERVANGEN'].includes(icv.state);
    if (icv === null)
      return (
        <>
          <Paragraph>{t('icv.none')}</Paragraph>
          {isOfficer && (
            <Button
              appearance="primary-action-button"
              onClick={() => void run(() => start({ y }), t('icv.started'))}
            >
              {t('icv.start')}
            </Button>
          )}
        </>
      );
    return (
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
        <SelectField
          label={t('icv.statement')}
          name="statement"
          disabled={!editable}
          value={statement}
          onValue={setStatement}
          placeholder={t('icv.chooseStatement')}
          options={STATEMENTS.map((s) => ({ value: s, label: t(`icv.statements.${s}`) }))}
        />
        {statement && icv.proposedStatement && statement !== icv.proposedStatement && (
          <Alert type="warning">
            {t('icv.deviates', { proposed: t(`icv.statements.${icv.proposedStatement}`) })}
          </Alert>
        )}
        {/* The measures an exception can name did not load: say so, with a retry, not an empty list. */}
        {editable && measures.error && <DataView result={measures}>{() => null}</DataView>}
        <ExceptionsFieldset
          exceptions={exceptions}
          candidates={candidates}
          editable={editable}
          onChange={setExceptions}
        />
        <CoUsersFieldset coUsers={icv.coUsers} missing={missing} editable={editable} onChange={setMissing} />
        <div className="mkib-actions">
          {editable && (
            <Button appearance="secondary-action-button" onClick={() => void save()}>
              {t('icv.save')}
            </Button>
          )}
          {isOfficer && icv.state === 'CONCEPT' && (
            <Button
              appearance="primary-action-button"
              onClick={() =>
                void run(
                  () =>
                    prepare({
                      y,
                      // Explanations of missing medegebruiker reports are recorded with the preparation.
                      e: icv.coUsers
                        .filter((c) => !c.report && missing[c.party]?.trim())
                        .map((c) => ({ party: c.party, explanation: missing[c.party] })),
                    }),
                  t('icv.prepared'),
                )
              }
            >
              {t('icv.prepare')}
            </Button>
          )}
          {isAccountable && icv.state === 'VOORBEREID' && (
            <Button
              appearance="primary-action-button"
              onClick={() => void run(() => sign({ y }), t('icv.signed'))}
            >
              {t('icv.sign')}
            </Button>
          )}
          {(isOfficer || isAccountable) && icv.state === 'ONDERTEKEND' && (
            <Button
              appearance="primary-action-button"
              onClick={() => void run(() => submit({ y }), t('icv.submitted'))}
            >
              {t('icv.submit')}
            </Button>
          )}
          {icv.signedBy && (
            <Button
              appearance="secondary-action-button"
              onClick={() =>
                void pdf({ y })
                  .then((r) => downloadFile(r.icvPdf))
                  .catch((e) => setError(errorText(e).message))
              }
            >
              {t('icv.pdf')}
            </Button>
          )}
        </div>
        {isOfficer && icv.state === 'INGEDIEND' && (
          <div className="mkib-inline">
            <TextField
              label={t('icv.correctionReason')}
              name="correction-reason"
              value={reason}
              onValue={setReason}
            />
            <Button
              appearance="secondary-action-button"
              onClick={() => void run(() => correct({ y, r: reason }), t('icv.correcting'))}
            >
              {t('icv.correct')}
            </Button>
          </div>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="icv-title" className="mkib-section">
      <Heading level={2} id="icv-title">
        {t('icv.title', { year: props.year })}
      </Heading>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {/* No ICV for the year yet: the server answers NOT_FOUND. */}
      <DataView result={result} onError={(e) => (e.code === 'NOT_FOUND' ? view(null) : undefined)}>
        {({ icv }) => view(icv)}
      </DataView>
    </section>
  );
}
