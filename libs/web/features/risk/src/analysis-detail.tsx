import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  RiskAnalysisQuery,
  useAction,
  useData,
  useErrorText,
  useSend,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DataTable,
  DateField,
  Dialog,
  downloadFile,
  ErrorAlert,
  Heading,
  Paragraph,
  TextareaField,
} from '@mkib/web-ui';
import { heatMapCells, Level } from './heat-map-cells';
import { HeatMap } from './heat-map';
import { useRiskLabels, useRiskScale } from './labels';
import {
  ANALYSIS_PDF,
  ANSWER,
  COMPLETE_TREATMENT,
  DISCARD,
  FINALISE,
  OPEN_CONSULTATION,
  REVISE,
  RISK_ANALYSIS,
} from './operations';

export type Analysis = RiskAnalysisQuery['riskAnalysis'];

type AnalysisRisk = Analysis['risks'][number];

/**
 * The risks of an analysis: scores in words, facility and threats by name, the treatment, its status and its
 * acceptance. With `onComplete`, an open treatment that is not MITIGEREN can be reported done.
 */
export function RiskTable(props: {
  analysis: Analysis;
  caption: string;
  onComplete?(risk: AnalysisRisk): void;
}) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const a = props.analysis;
  const threatName = (id: string) => a.threats.find((th) => th.id === id)?.name ?? '';
  if (a.risks.length === 0) return <Paragraph>{t('risk.detail.noRisks')}</Paragraph>;
  return (
    <DataTable
      caption={props.caption}
      rows={a.risks}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-risk': r.title, 'data-residual': r.residual.level })}
      columns={[
        { header: t('risk.fields.riskTitle'), cell: (r) => r.title },
        { header: t('risk.fields.facility'), cell: (r) => r.facility.name },
        { header: t('risk.fields.threats'), cell: (r) => r.threatIds.map(threatName).join(', ') },
        { header: t('risk.fields.inherent'), cell: (r) => labels.score(r.inherent) },
        { header: t('risk.fields.residual'), cell: (r) => labels.score(r.residual) },
        {
          header: t('risk.fields.treatment'),
          cell: (r) => (
            <>
              <strong>{labels.treatment(r.treatment.kind)}</strong>
              {r.treatment.description && `: ${r.treatment.description}`}
              {r.treatment.measures.length > 0 && (
                <div className="mkib-muted">
                  {t('risk.detail.measures', {
                    measures: r.treatment.measures
                      .map((m) => `${m.frameworkCode} ${m.identifier}`)
                      .join(', '),
                  })}
                </div>
              )}
            </>
          ),
        },
        {
          header: t('risk.fields.ownerAndDue'),
          cell: (r) => t('risk.detail.ownerDue', { owner: r.treatment.owner, due: r.treatment.dueDate }),
        },
        {
          header: t('risk.fields.acceptance'),
          cell: (r) =>
            r.treatment.acceptance ? labels.acceptance(r.treatment.acceptance.state) : t('risk.none'),
        },
        {
          header: t('risk.treatmentStatus.header'),
          cell: (r) => (
            <div data-treatment-status={r.treatment.status}>
              {r.treatment.status === 'AFGEROND'
                ? t('risk.treatmentStatus.done', {
                    at: (r.treatment.completedAt ?? '').slice(0, 10),
                    by: r.treatment.completedBy ?? '—',
                  })
                : t('risk.treatmentStatus.open')}
              {r.treatment.completionNote && <div className="mkib-muted">{r.treatment.completionNote}</div>}
              {r.treatment.status === 'OPEN' &&
                r.treatment.kind === 'MITIGEREN' &&
                a.state === 'DEFINITIEF' && (
                  <div className="mkib-muted">{t('risk.treatmentStatus.viaFinding')}</div>
                )}
              {props.onComplete && r.treatment.status === 'OPEN' && r.treatment.kind !== 'MITIGEREN' && (
                <Button appearance="secondary-action-button" onClick={() => props.onComplete!(r)}>
                  {t('risk.treatmentStatus.complete')}
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}

/** The heat map of one analysis, from its risks and the scale in force. */
export function AnalysisHeatMap(props: { analysis: Analysis }) {
  const { t } = useTranslation();
  const scale = useRiskScale();
  if (!scale || props.analysis.risks.length === 0) return null;
  return (
    <HeatMap
      cells={heatMapCells(props.analysis.risks, scale.matrix as Level[][])}
      caption={t('risk.heatMap.captionAnalysis', { number: props.analysis.number })}
      testId={`heat-map-${props.analysis.number}`}
    />
  );
}

/** The consulted hoofdgebruikers and their responses; the LMS answers remarks and disagreements. */
function ConsultationState(props: { analysis: Analysis; canAnswer: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const errorText = useErrorText();
  const send = useSend();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const c = props.analysis.consultation;
  if (!c) return null;
  const answer = async (responseId: string) => {
    setError(null);
    try {
      await send(ANSWER, { i: { responseId, answer: answers[responseId] ?? '' } });
      props.onChanged();
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <div data-testid="risk-consultation">
      <Heading level={4}>{t('risk.consultation.stateTitle')}</Heading>
      <Paragraph>
        {t('risk.consultation.respondBy', { date: c.respondBy })}{' '}
        {c.missing.length > 0 &&
          t('risk.consultation.missing', { parties: c.missing.map((p) => p.name).join(', ') })}
      </Paragraph>
      <DataTable
        caption={t('risk.consultation.responsesCaption', { number: props.analysis.number })}
        rows={c.parties}
        rowKey={(p) => p.party.code}
        rowProps={(p) => ({ 'data-response': p.party.code })}
        columns={[
          { header: t('risk.consultation.party'), cell: (p) => p.party.name },
          {
            header: t('risk.consultation.position'),
            cell: (p) =>
              p.response ? labels.position(p.response.position) : t('risk.consultation.noResponse'),
          },
          { header: t('risk.consultation.reasoning'), cell: (p) => p.response?.reasoning ?? '' },
          {
            header: t('risk.consultation.answer'),
            cell: (p) => {
              const r = p.response;
              if (!r || r.position === 'AKKOORD') return '';
              if (r.answer) return r.answer;
              if (!props.canAnswer || props.analysis.state !== 'CONSULTATIE')
                return t('risk.consultation.notAnswered');
              return (
                <div className="mkib-form">
                  <TextareaField
                    label={t('risk.consultation.answerLabel', { party: p.party.name })}
                    name={`answer-${p.party.code}`}
                    value={answers[r.id] ?? ''}
                    onValue={(v) => setAnswers({ ...answers, [r.id]: v })}
                  />
                  <Button appearance="secondary-action-button" onClick={() => void answer(r.id)}>
                    {t('risk.consultation.sendAnswer')}
                  </Button>
                </div>
              );
            },
          },
        ]}
      />
      <ErrorAlert message={error} />
    </div>
  );
}

/**
 * One analysis in full: its scope and method, threats, risks, heat map and consultation, and what the
 * user may do in its state (edit, open the consultation, finalise with a note past the deadline, revise,
 * discard, download the PDF).
 */
export function AnalysisDetail(props: {
  id: string;
  canManage: boolean;
  beheerder: boolean;
  onEdit(analysis: Analysis): void;
  onChanged(message: string): void;
}) {
  const [shown, setShown] = useState(props.id);
  const result = useData(RISK_ANALYSIS, { id: shown });
  const earlier = shown !== props.id;
  return (
    <DataView result={result}>
      {(d) => (
        <AnalysisView
          {...props}
          canManage={props.canManage && !earlier}
          readOnlyVersion={earlier}
          onShowVersion={setShown}
          currentId={props.id}
          analysis={d.riskAnalysis}
          onChanged={(message) => {
            result.refetch();
            props.onChanged(message);
          }}
        />
      )}
    </DataView>
  );
}

function AnalysisView(props: {
  analysis: Analysis;
  /** The id of the analysis opened from the register; another id is an earlier or later version, read-only. */
  currentId: string;
  readOnlyVersion: boolean;
  onShowVersion(id: string): void;
  canManage: boolean;
  beheerder: boolean;
  onEdit(analysis: Analysis): void;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const errorText = useErrorText();
  const send = useSend();
  const [pdf, { fetching: downloading }] = useAction(ANALYSIS_PDF);
  const a = props.analysis;
  const [respondBy, setRespondBy] = useState('');
  const [note, setNote] = useState('');
  const [discarding, setDiscarding] = useState(false);
  const [completing, setCompleting] = useState<AnalysisRisk | null>(null);
  const [completionNote, setCompletionNote] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const run = async (what: () => Promise<unknown>, done: string, fields: string[] = []) => {
    setError(null);
    try {
      await what();
      props.onChanged(done);
    } catch (err) {
      setError(errorText(err, fields));
    }
  };
  const shared = a.scope === 'GEDEELDE_VOORZIENING';
  const canFinalise =
    props.canManage && ((a.state === 'CONCEPT' && !shared) || (a.state === 'CONSULTATIE' && shared));
  const missing = a.consultation?.missing ?? [];

  return (
    <article className="mkib-card" aria-labelledby="risk-detail-title" data-analysis-detail={a.number}>
      <Heading level={3} id="risk-detail-title">
        {t('risk.detail.title', { number: a.number, version: a.version, title: a.title })}
      </Heading>
      <Paragraph data-testid="analysis-state">
        {t('risk.detail.stateLine', {
          state: labels.state(a.state),
          kind: labels.kind(a.kind),
          owner: a.ownerParty.name,
        })}
      </Paragraph>
      <Paragraph className="mkib-muted">
        {t('risk.detail.meta', {
          scope: labels.scope(a.scope),
          method: a.method,
          facilities: a.facilities.map((f) => f.name).join(', '),
        })}
      </Paragraph>
      {a.dueDate && <Paragraph>{t('risk.detail.dueDate', { date: a.dueDate })}</Paragraph>}
      {a.description && <Paragraph>{a.description}</Paragraph>}
      {a.finalisedAt && (
        <Paragraph>
          {t('risk.detail.finalised', { at: a.finalisedAt.slice(0, 10), by: a.finalisedBy ?? '—' })}
        </Paragraph>
      )}
      {a.changeProposal && (
        <Paragraph data-testid="analysis-proposal">
          {t('risk.detail.changeProposal', {
            number: a.changeProposal.number,
            state: t(`policy.states.${a.changeProposal.state}`),
          })}
        </Paragraph>
      )}
      {a.finalisedPastDeadlineNote && (
        <Paragraph className="mkib-note">
          {t('risk.detail.pastDeadlineNote', { note: a.finalisedPastDeadlineNote })}
        </Paragraph>
      )}
      {props.readOnlyVersion && (
        <Paragraph className="mkib-note" data-testid="version-read-only">
          {t('risk.versions.readOnly')}
        </Paragraph>
      )}
      {a.versions.length > 1 && (
        <nav aria-label={t('risk.versions.label', { number: a.number })} data-testid="analysis-versions">
          <Heading level={4}>{t('risk.versions.title')}</Heading>
          <ul>
            {[...a.versions]
              .sort((x, y) => x.version - y.version)
              .map((v) => (
                <li key={v.id} data-version={v.version}>
                  <Button
                    appearance="subtle-button"
                    aria-current={v.id === a.id ? 'true' : undefined}
                    disabled={v.id === a.id}
                    onClick={() => props.onShowVersion(v.id)}
                  >
                    {t('risk.versions.item', {
                      version: v.version,
                      state: labels.state(v.state),
                    })}
                    {v.finalisedAt
                      ? ` — ${t('risk.versions.finalisedAt', { date: v.finalisedAt.slice(0, 10) })}`
                      : ''}
                  </Button>
                </li>
              ))}
          </ul>
          {a.id !== props.currentId && (
            <Button appearance="secondary-action-button" onClick={() => props.onShowVersion(props.currentId)}>
              {t('risk.versions.back')}
            </Button>
          )}
        </nav>
      )}

      <Heading level={4}>{t('risk.detail.threats')}</Heading>
      {a.threats.length === 0 ? (
        <Paragraph>{t('risk.detail.noThreats')}</Paragraph>
      ) : (
        <ul>
          {a.threats.map((th) => (
            <li key={th.id}>
              {th.catalogueThreat ? th.name : t('risk.editor.ownThreatLine', { name: th.name })}
              {th.description && <span className="mkib-muted"> — {th.description}</span>}
            </li>
          ))}
        </ul>
      )}
      <Heading level={4}>{t('risk.detail.risks')}</Heading>
      <RiskTable
        analysis={a}
        caption={t('risk.detail.risksCaption', { number: a.number })}
        onComplete={
          props.canManage && a.state === 'DEFINITIEF'
            ? (r) => {
                setError(null);
                setCompletionNote('');
                setCompleting(r);
              }
            : undefined
        }
      />
      <AnalysisHeatMap analysis={a} />
      <ConsultationState
        analysis={a}
        canAnswer={props.canManage && props.beheerder}
        onChanged={() => props.onChanged(t('risk.consultation.answered'))}
      />

      <ErrorAlert message={error?.message || null} />
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          disabled={downloading}
          onClick={() =>
            void pdf({ id: a.id })
              .then((r) => downloadFile(r.riskAnalysisPdf))
              .catch((err) => setError(errorText(err)))
          }
        >
          {t('risk.downloads.pdf')}
        </Button>
        {props.canManage && a.state === 'CONCEPT' && (
          <Button appearance="secondary-action-button" onClick={() => props.onEdit(a)}>
            {t('risk.detail.edit')}
          </Button>
        )}
        {props.canManage && a.state === 'CONCEPT' && a.kind === 'REGULIER' && (
          <Button appearance="subtle-button" onClick={() => setDiscarding(true)}>
            {t('risk.detail.discard')}
          </Button>
        )}
        {props.canManage && a.state === 'DEFINITIEF' && (
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              void run(() => send(REVISE, { id: a.id }), t('risk.detail.revised', { number: a.number }))
            }
          >
            {t('risk.detail.revise')}
          </Button>
        )}
      </div>

      {props.canManage && props.beheerder && shared && a.state === 'CONCEPT' && (
        <div className="mkib-form" data-testid="open-consultation">
          <Heading level={4}>{t('risk.consultation.openTitle')}</Heading>
          <Paragraph>{t('risk.consultation.openIntro')}</Paragraph>
          <DateField
            label={t('risk.consultation.respondByLabel')}
            name="risk-respond-by"
            required
            error={error?.fields.respondBy}
            value={respondBy}
            onValue={setRespondBy}
          />
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(
                () => send(OPEN_CONSULTATION, { i: { analysisId: a.id, respondBy } }),
                t('risk.consultation.opened'),
                ['respondBy'],
              )
            }
          >
            {t('risk.consultation.open')}
          </Button>
        </div>
      )}
      {canFinalise && (
        <div className="mkib-form" data-testid="finalise">
          <Heading level={4}>{t('risk.finalise.title')}</Heading>
          {shared && missing.length > 0 && (
            <TextareaField
              label={t('risk.finalise.note')}
              hint={t('risk.finalise.noteHint', { parties: missing.map((p) => p.name).join(', ') })}
              name="past-deadline-note"
              error={error?.fields.pastDeadlineNote}
              value={note}
              onValue={setNote}
            />
          )}
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(
                () =>
                  send(FINALISE, {
                    i: { analysisId: a.id, pastDeadlineNote: note.trim() ? note : null },
                  }),
                a.kind === 'AANVULLEND'
                  ? t('risk.finalise.doneSupplementary', { number: a.number })
                  : t('risk.finalise.done', { number: a.number }),
                ['pastDeadlineNote'],
              )
            }
          >
            {t('risk.finalise.button')}
          </Button>
        </div>
      )}
      {a.state === 'CONSULTATIE' && !props.beheerder && (
        <Alert type="info">{t('risk.consultation.seeInbox')}</Alert>
      )}
      {completing && (
        <Dialog
          title={t('risk.treatmentStatus.dialogTitle', { risk: completing.title })}
          closeLabel={t('risk.close')}
          onClose={() => setCompleting(null)}
        >
          <Paragraph>
            {t('risk.treatmentStatus.dialogIntro', {
              treatment: labels.treatment(completing.treatment.kind),
              due: completing.treatment.dueDate,
            })}
          </Paragraph>
          <ErrorAlert message={error?.message || null} />
          <div className="mkib-form">
            <TextareaField
              label={t('risk.treatmentStatus.note')}
              hint={t('risk.treatmentStatus.noteHint')}
              name="treatment-completion-note"
              required
              error={error?.fields.note}
              value={completionNote}
              onValue={setCompletionNote}
            />
            <Button
              appearance="primary-action-button"
              onClick={() => {
                const r = completing;
                setError(null);
                send(COMPLETE_TREATMENT, { treatmentId: r.treatment.id, note: completionNote })
                  .then(() => {
                    setCompleting(null);
                    props.onChanged(t('risk.treatmentStatus.completed', { risk: r.title }));
                  })
                  .catch((err) => setError(errorText(err, ['note'])));
              }}
            >
              {t('risk.treatmentStatus.complete')}
            </Button>
          </div>
        </Dialog>
      )}
      {discarding && (
        <Dialog
          title={t('risk.detail.discardTitle', { number: a.number })}
          closeLabel={t('risk.close')}
          onClose={() => setDiscarding(false)}
        >
          <Paragraph>{t('risk.detail.discardWarning', { number: a.number, title: a.title })}</Paragraph>
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(
                () => send(DISCARD, { id: a.id }),
                t('risk.detail.discarded', { number: a.number }),
              ).then(() => setDiscarding(false))
            }
          >
            {t('risk.detail.discard')}
          </Button>
        </Dialog>
      )}
    </article>
  );
}
