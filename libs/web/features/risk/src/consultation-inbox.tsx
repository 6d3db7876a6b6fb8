import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  RiskConsultationPosition,
  RiskConsultationTasksQuery,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DataTable,
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
} from '@mkib/web-ui';
import { AnalysisHeatMap, RiskTable } from './analysis-detail';
import { useRiskLabels } from './labels';
import { RESPOND, RISK_ANALYSIS, RISK_TASKS } from './operations';

type Task = RiskConsultationTasksQuery['riskConsultationTasks'][number];
const POSITIONS: RiskConsultationPosition[] = ['AKKOORD', 'AKKOORD_MET_OPMERKINGEN', 'NIET_AKKOORD'];

/** A hoofdgebruiker's response to one consultation: revisable while the round is open. */
function TaskCard(props: { task: Task; canRespond: boolean; onSent(): void }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const errorText = useErrorText();
  const send = useSend();
  const { task } = props;
  const a = task.analysis;
  const detail = useData(RISK_ANALYSIS, { id: a.id });
  const own = task.response;
  const [position, setPosition] = useState<RiskConsultationPosition>(own?.position ?? 'AKKOORD');
  const [reasoning, setReasoning] = useState(own?.reasoning ?? '');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = a.state === 'CONSULTATIE';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await send(RESPOND, { i: { analysisId: a.id, position, reasoning } });
      setNotice(t('risk.inbox.sent'));
      props.onSent();
    } catch (err) {
      setError(errorText(err, ['reasoning', 'position']));
    }
  };

  return (
    <article className="mkib-card" aria-labelledby={`task-${a.id}`} data-risk-task={a.number}>
      <Heading level={3} id={`task-${a.id}`}>
        {t('risk.inbox.taskTitle', { number: a.number, title: a.title })}
      </Heading>
      <Paragraph>
        {t('risk.inbox.taskLine', {
          facilities: detail.data?.riskAnalysis.facilities.map((f) => f.name).join(', ') ?? '',
          date: task.respondBy,
          state: labels.state(a.state),
        })}
      </Paragraph>
      {task.overdue && <Alert type="warning">{t('risk.inbox.overdue')}</Alert>}
      <DataView result={detail}>
        {(d) => (
          <>
            {d.riskAnalysis.description && <Paragraph>{d.riskAnalysis.description}</Paragraph>}
            <RiskTable
              analysis={d.riskAnalysis}
              caption={t('risk.detail.risksCaption', { number: a.number })}
            />
            <AnalysisHeatMap analysis={d.riskAnalysis} />
          </>
        )}
      </DataView>
      <Paragraph data-testid={`own-risk-response-${a.number}`}>
        {own
          ? t('risk.inbox.yourResponse', {
              position: labels.position(own.position),
              reasoning: own.reasoning,
            })
          : t('risk.inbox.noResponse')}
      </Paragraph>
      {own?.answer && (
        <Paragraph data-testid={`risk-answer-${a.number}`}>
          {t('risk.inbox.answerOfLms', { answer: own.answer })}
        </Paragraph>
      )}
      {notice && <Alert type="ok">{notice}</Alert>}
      {props.canRespond && open && (
        <form onSubmit={submit} className="mkib-form">
          <SelectField
            label={t('risk.inbox.position', { number: a.number })}
            name={`risk-position-${a.number}`}
            error={error?.fields.position}
            value={position}
            onValue={(v) => setPosition(v as RiskConsultationPosition)}
            options={POSITIONS.map((p) => ({ value: p, label: labels.position(p) }))}
          />
          <TextareaField
            label={t('risk.inbox.reasoning')}
            hint={t('risk.inbox.reasoningHint')}
            name={`risk-reasoning-${a.number}`}
            required
            error={error?.fields.reasoning}
            value={reasoning}
            onValue={setReasoning}
          />
          <ErrorAlert message={error?.message || null} />
          <Button type="submit" appearance="primary-action-button">
            {t(own ? 'risk.inbox.revise' : 'risk.inbox.send')}
          </Button>
        </form>
      )}
    </article>
  );
}

/**
 * The consultation inbox (SK-4.2): a hoofdgebruiker's tasks to respond to the LMS's analyses of the shared
 * facilities it uses, open ones first, with their deadlines. The LMS sees every task and where it stands.
 */
export function ConsultationInbox(props: { canRespond: boolean; beheerder: boolean }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const tasks = useData(RISK_TASKS, {});
  return (
    <section aria-labelledby="risk-inbox-title" className="mkib-section">
      <Heading level={2} id="risk-inbox-title">
        {t(props.beheerder ? 'risk.inbox.lmsTitle' : 'risk.inbox.title')}
      </Heading>
      <DataView result={tasks}>
        {(d) =>
          d.riskConsultationTasks.length === 0 ? (
            <Paragraph>{t('risk.inbox.empty')}</Paragraph>
          ) : props.beheerder ? (
            <DataTable
              caption={t('risk.inbox.lmsTitle')}
              rows={d.riskConsultationTasks}
              rowKey={(x) => `${x.analysis.id}:${x.party.code}`}
              rowProps={(x) => ({ 'data-task': `${x.analysis.number}:${x.party.code}` })}
              columns={[
                {
                  header: t('risk.inbox.analysis'),
                  cell: (x) => `${x.analysis.number}: ${x.analysis.title}`,
                },
                { header: t('risk.consultation.party'), cell: (x) => x.party.name },
                { header: t('risk.inbox.deadline'), cell: (x) => x.respondBy },
                {
                  header: t('risk.consultation.position'),
                  cell: (x) =>
                    x.response
                      ? labels.position(x.response.position)
                      : x.overdue
                        ? t('risk.inbox.overdueShort')
                        : t('risk.consultation.noResponse'),
                },
              ]}
            />
          ) : (
            <>
              {d.riskConsultationTasks.map((task) => (
                <TaskCard
                  key={task.analysis.id}
                  task={task}
                  canRespond={props.canRespond}
                  onSent={tasks.refetch}
                />
              ))}
            </>
          )
        }
      </DataView>
    </section>
  );
}
