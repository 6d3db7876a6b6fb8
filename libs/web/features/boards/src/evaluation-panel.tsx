import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, Session, useAction, useData, useErrorText } from '@mkib/web-data-access';
import { Alert, Button, downloadFile, ErrorAlert, Heading, Paragraph } from '@mkib/web-ui';
import { RecordResultDialog, StartEvaluationDialog } from './evaluation-forms';
import { dayInWords, recordsEvaluations } from './evaluation-format';
import { EVALUATION_REPORT, EVALUATION_SCHEDULE, EVALUATIONS } from './evaluation-operations';
import { EvaluationWarning } from './evaluation-warning';

/** When the next five-yearly evaluation is due, from the clock, with the warning from twelve months before. */
export function EvaluationSchedulePanel() {
  const { t, i18n } = useTranslation();
  const result = useData(EVALUATION_SCHEDULE, {});
  const day = (d: string | null | undefined) => dayInWords(d, i18n.language);
  return (
    <section aria-labelledby="evaluation-schedule-title" className="mkib-section">
      <Heading level={2} id="evaluation-schedule-title">
        {t('evaluations.schedule.title')}
      </Heading>
      <DataView result={result}>
        {({ evaluationSchedule: s }) => (
          <>
            <EvaluationWarning />
            {!s.warning && (
              <Paragraph data-testid="evaluation-no-warning">
                {t('evaluations.schedule.noWarning', { warnFrom: day(s.warnFrom) })}
              </Paragraph>
            )}
            <dl data-testid="evaluation-schedule">
              {[
                { key: 'inForceSince', value: day(s.inForceSince) },
                {
                  key: 'lastCompletedOn',
                  value: s.lastCompletedOn ? day(s.lastCompletedOn) : t('evaluations.schedule.none'),
                },
                { key: 'dueBy', value: day(s.dueBy) },
                { key: 'warnFrom', value: day(s.warnFrom) },
              ].map((r) => (
                <div key={r.key}>
                  <dt style={{ fontWeight: 'bold' }}>{t(`evaluations.schedule.${r.key}`)}</dt>
                  <dd style={{ marginInlineStart: 0, marginBlockEnd: '0.5rem' }}>{r.value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </DataView>
    </section>
  );
}

/**
 * The Minister's evaluation audits (SK-6): the schedule with the five-year warning, every evaluation with
 * its period, scope, auditor, findings with follow-up and report; JenV's evaluator starts one and records
 * its result. Everyone who reads it downloads the report.
 */
export function EvaluationsPanel(props: { session: Session }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const result = useData(EVALUATIONS, {});
  const [download] = useAction(EVALUATION_REPORT);
  const [starting, setStarting] = useState(false);
  const [recording, setRecording] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const evaluator = recordsEvaluations(props.session);
  const day = (d: string | null | undefined) => dayInWords(d, i18n.language);
  const saved = (message: string) => {
    setStarting(false);
    setRecording(null);
    setNotice(message);
    setVersion((v) => v + 1);
    result.refetch();
  };
  return (
    <>
      <EvaluationSchedulePanel key={version} />
      <section aria-labelledby="evaluations-title" className="mkib-section">
        <Heading level={2} id="evaluations-title">
          {t('evaluations.title')}
        </Heading>
        {notice && <Alert type="ok">{notice}</Alert>}
        <ErrorAlert message={error} />
        {evaluator && (
          <div className="mkib-actions">
            <Button appearance="primary-action-button" onClick={() => setStarting(true)}>
              {t('evaluations.form.startButton')}
            </Button>
          </div>
        )}
        <DataView result={result}>
          {({ evaluations }) =>
            evaluations.length === 0 ? (
              <Paragraph>{t('evaluations.none')}</Paragraph>
            ) : (
              <ul className="mkib-list" data-testid="evaluation-list">
                {evaluations.map((e) => (
                  <li key={e.id} data-evaluation={e.id}>
                    <Heading level={3}>{e.title}</Heading>
                    <Paragraph>
                      {t('evaluations.line', {
                        kind: t(`evaluations.kinds.${e.kind}`),
                        state: t(`evaluations.states.${e.state}`),
                        from: day(e.periodFrom),
                        to: day(e.periodTo),
                      })}
                    </Paragraph>
                    <Paragraph>{t('evaluations.scopeLine', { scope: e.scope })}</Paragraph>
                    <Paragraph>{t('evaluations.auditorLine', { auditor: e.auditor })}</Paragraph>
                    {e.reason && <Paragraph>{t('evaluations.reasonLine', { reason: e.reason })}</Paragraph>}
                    {e.completedOn && (
                      <Paragraph>{t('evaluations.completedLine', { date: day(e.completedOn) })}</Paragraph>
                    )}
                    {e.findings.length > 0 && (
                      <>
                        <Heading level={4}>{t('evaluations.findings')}</Heading>
                        <ul>
                          {e.findings.map((f) => (
                            <li key={f.id}>
                              {f.text} ({t(`evaluations.findingStates.${f.state}`)})
                              {f.followUp && ` — ${t('evaluations.followUpLine', { followUp: f.followUp })}`}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    <div className="mkib-actions">
                      {e.report && (
                        <Button
                          appearance="secondary-action-button"
                          onClick={() =>
                            void download({ id: e.id })
                              .then((r) => downloadFile(r.evaluationReport))
                              .catch((err) => setError(errorText(err).message))
                          }
                        >
                          {t('evaluations.download', { filename: e.report.filename })}
                        </Button>
                      )}
                      {evaluator && e.state === 'LOPEND' && (
                        <Button appearance="primary-action-button" onClick={() => setRecording(e.id)}>
                          {t('evaluations.form.resultButton', { title: e.title })}
                        </Button>
                      )}
                    </div>
                    {recording === e.id && (
                      <RecordResultDialog evaluation={e} onClose={() => setRecording(null)} onSaved={saved} />
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </DataView>
        {starting && <StartEvaluationDialog onClose={() => setStarting(false)} onSaved={saved} />}
      </section>
    </>
  );
}
