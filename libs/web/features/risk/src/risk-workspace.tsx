import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  RiskLevel,
  Session,
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
  SelectField,
  TextareaField,
} from '@mkib/web-ui';
import { Analysis, AnalysisDetail } from './analysis-detail';
import { ScaleForm } from './scale-form';
import { AnalysisEditor, DraftForm } from './analysis-editor';
import { ConsultationInbox } from './consultation-inbox';
import { HeatMap } from './heat-map';
import { LEVELS } from './heat-map-cells';
import { useRiskLabels } from './labels';
import {
  ACCEPTANCE_LEVEL,
  DECIDE_ACCEPTANCE,
  REGISTER_XLSX,
  RISK_ACCEPTANCES,
  RISK_ANALYSIS,
  RISK_POAM,
  RISK_REGISTER,
  SET_ACCEPTANCE_LEVEL,
} from './operations';

/** The proposed acceptances of residual risks above the acceptance level: the accountable official decides. */
function AcceptanceDecisions(props: { onDecided(message: string): void }) {
  const { t } = useTranslation();
  const result = useData(RISK_ACCEPTANCES, {});
  const labels = useRiskLabels();
  const errorText = useErrorText();
  const send = useSend();
  const [form, setForm] = useState<Record<string, { reasoning: string; reviewDate: string }>>({});
  const [error, setError] = useState<string | null>(null);
  const proposed = (result.data?.riskRegister.analyses ?? []).flatMap((a) =>
    a.risks
      .filter((r) => r.treatment.acceptance?.state === 'VOORGESTELD')
      .map((r) => ({ analysis: a, risk: r })),
  );
  const decide = async (riskId: string, approve: boolean) => {
    setError(null);
    const f = form[riskId] ?? { reasoning: '', reviewDate: '' };
    try {
      await send(DECIDE_ACCEPTANCE, { i: { riskId, approve, ...f } });
      result.refetch();
      props.onDecided(t(approve ? 'risk.acceptance.approved' : 'risk.acceptance.rejected'));
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <section aria-labelledby="risk-acceptance-title" className="mkib-section">
      <Heading level={2} id="risk-acceptance-title">
        {t('risk.acceptance.title')}
      </Heading>
      <Paragraph>{t('risk.acceptance.intro')}</Paragraph>
      <DataView result={result}>
        {() => (proposed.length === 0 ? <Paragraph>{t('risk.acceptance.empty')}</Paragraph> : null)}
      </DataView>
      <ErrorAlert message={error} />
      {proposed.map(({ analysis: a, risk: r }) => {
        const f = form[r.id] ?? { reasoning: '', reviewDate: '' };
        const set = (patch: Partial<typeof f>) => setForm({ ...form, [r.id]: { ...f, ...patch } });
        return (
          <div key={r.id} className="mkib-card mkib-form" data-acceptance={r.title}>
            <Heading level={3}>{t('risk.acceptance.risk', { number: a.number, title: r.title })}</Heading>
            <Paragraph>
              {t('risk.acceptance.line', {
                residual: labels.score(r.residual),
                by: r.treatment.acceptance?.proposedBy ?? '—',
                treatment: r.treatment.description,
              })}
            </Paragraph>
            <TextareaField
              label={t('risk.acceptance.reasoning')}
              name={`acceptance-reasoning-${r.id}`}
              required
              value={f.reasoning}
              onValue={(v) => set({ reasoning: v })}
            />
            <DateField
              label={t('risk.acceptance.reviewDate')}
              name={`acceptance-review-${r.id}`}
              required
              value={f.reviewDate}
              onValue={(v) => set({ reviewDate: v })}
            />
            <div className="mkib-actions">
              <Button appearance="primary-action-button" onClick={() => void decide(r.id, true)}>
                {t('risk.acceptance.approve')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => void decide(r.id, false)}>
                {t('risk.acceptance.reject')}
              </Button>
            </div>
          </div>
        );
      })}
    </section>
  );
}

/** The party's acceptance level; its accountable official sets it. */
function AcceptanceLevel(props: { canSet: boolean }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const errorText = useErrorText();
  const send = useSend();
  const current = useData(ACCEPTANCE_LEVEL, {});
  const [level, setLevel] = useState<RiskLevel | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="risk-level-title" className="mkib-section">
      <Heading level={2} id="risk-level-title">
        {t('risk.level.title')}
      </Heading>
      <DataView result={current}>
        {(d) => (
          <>
            <Paragraph data-testid="acceptance-level">
              {t(d.riskAcceptanceLevel.isDefault ? 'risk.level.currentDefault' : 'risk.level.current', {
                level: labels.level(d.riskAcceptanceLevel.level),
                by: d.riskAcceptanceLevel.setBy ?? '',
                at: d.riskAcceptanceLevel.setAt?.slice(0, 10) ?? '',
              })}
            </Paragraph>
            {props.canSet && (
              <div className="mkib-form">
                {notice && <Alert type="ok">{notice}</Alert>}
                <SelectField
                  label={t('risk.level.choose')}
                  name="acceptance-level"
                  value={level || d.riskAcceptanceLevel.level}
                  onValue={(v) => setLevel(v as RiskLevel)}
                  options={LEVELS.map((l) => ({ value: l, label: labels.level(l) }))}
                />
                <ErrorAlert message={error} />
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    setError(null);
                    setNotice(null);
                    send(SET_ACCEPTANCE_LEVEL, { level: level || d.riskAcceptanceLevel.level })
                      .then(() => {
                        setNotice(t('risk.level.saved'));
                        current.refetch();
                      })
                      .catch((err) => setError(errorText(err).message));
                  }}
                >
                  {t('risk.level.save')}
                </Button>
              </div>
            )}
          </>
        )}
      </DataView>
    </section>
  );
}

/** The editor of one analysis, once its content is loaded. */
function EditorLoader(props: { id: string; onSaved(): void }) {
  const result = useData(RISK_ANALYSIS, { id: props.id });
  return (
    <DataView result={result}>
      {(d) => <AnalysisEditor analysis={d.riskAnalysis} onSaved={props.onSaved} />}
    </DataView>
  );
}

/**
 * Risk management of a party (SK-4.2, SK-4.3, SK-5.2): its register (analyses with state, version and
 * deadline; their risks and heat map), the editor, the actions per state, the consultation inbox, the
 * acceptance decisions and level, and the downloads (PDF per analysis, the register as Excel, the plan of
 * action and milestones as OSCAL). The LMS (`beheerder`) analyses the shared facilities and consults.
 */
export function RiskWorkspace(props: { session: Session; beheerder?: boolean }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const errorText = useErrorText();
  const { session } = props;
  const beheerder = !!props.beheerder;
  const isLms = beheerder && session.party === 'lms' && session.roles.includes('lms-operator');
  const isOfficer = !beheerder && session.roles.includes('security-officer');
  const isOfficial = session.roles.includes('accountable-official');
  const canManage = isLms || isOfficer;
  const readsRegister =
    isLms || session.roles.some((r) => ['security-officer', 'accountable-official', 'viewer'].includes(r));
  const register = useData(RISK_REGISTER, {}, { pause: !readsRegister });
  const [xlsx, { fetching: xlsxBusy }] = useAction(REGISTER_XLSX);
  const [poam, { fetching: poamBusy }] = useAction(RISK_POAM);
  const [selected, setSelected] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [scaling, setScaling] = useState(false);
  const [editing, setEditing] = useState<{ id: string; number: string } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changed = (message: string) => {
    setNotice(message);
    setError(null);
    register.refetch();
    setRefresh((n) => n + 1);
  };

  return (
    <>
      <section aria-labelledby="risk-register-title" className="mkib-section">
        <Heading level={2} id="risk-register-title">
          {t('risk.register.title')}
        </Heading>
        <Paragraph>{t(beheerder ? 'risk.register.introLms' : 'risk.register.intro')}</Paragraph>
        {notice && (
          <Alert type="ok">
            <span role="status">{notice}</span>
          </Alert>
        )}
        <ErrorAlert message={error} />
        <div className="mkib-actions">
          {canManage && (
            <Button appearance="primary-action-button" onClick={() => setDrafting(true)}>
              {t('risk.draft.open')}
            </Button>
          )}
          {isLms && (
            <Button appearance="secondary-action-button" onClick={() => setScaling(true)}>
              {t('risk.scaleForm.open')}
            </Button>
          )}
          {readsRegister && (
            <>
              <Button
                appearance="secondary-action-button"
                disabled={xlsxBusy}
                onClick={() =>
                  void xlsx({})
                    .then((r) => downloadFile(r.riskRegisterXlsx))
                    .catch((err) => setError(errorText(err).message))
                }
              >
                {t('risk.downloads.xlsx')}
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={poamBusy}
                onClick={() =>
                  void poam({})
                    .then((r) => downloadFile(r.riskPoam))
                    .catch((err) => setError(errorText(err).message))
                }
              >
                {t('risk.downloads.poam')}
              </Button>
            </>
          )}
        </div>
        {readsRegister && (
          <DataView result={register}>
            {(d) => {
              const analyses = d.riskRegister.analyses;
              const current = analyses.find((a) => a.id === selected);
              return (
                <>
                  {analyses.length === 0 ? (
                    <Paragraph>{t('risk.register.empty')}</Paragraph>
                  ) : (
                    <DataTable
                      caption={t('risk.register.caption')}
                      rows={analyses}
                      rowKey={(a) => a.id}
                      rowProps={(a) => ({ 'data-analysis-row': a.number, 'data-state': a.state })}
                      columns={[
                        { header: t('risk.register.number'), cell: (a) => a.number },
                        { header: t('risk.fields.title'), cell: (a) => a.title },
                        { header: t('risk.register.version'), cell: (a) => a.version },
                        { header: t('risk.register.state'), cell: (a) => labels.state(a.state) },
                        {
                          header: t('risk.register.facilities'),
                          cell: (a) => a.facilities.map((f) => f.name).join(', '),
                        },
                        { header: t('risk.register.deadline'), cell: (a) => a.dueDate ?? t('risk.none') },
                        {
                          header: t('risk.register.risks'),
                          cell: (a) =>
                            a.risks.length === 0
                              ? t('risk.none')
                              : LEVELS.map((l) => ({
                                  l,
                                  n: a.risks.filter((r) => r.residual.level === l).length,
                                }))
                                  .filter((x) => x.n > 0)
                                  .map((x) => `${labels.level(x.l)}: ${x.n}`)
                                  .join(', '),
                        },
                        {
                          header: t('risk.register.open'),
                          hidden: true,
                          cell: (a) => (
                            <Button
                              appearance="subtle-button"
                              aria-label={t('risk.register.openLabel', { number: a.number })}
                              aria-pressed={a.id === selected}
                              onClick={() => setSelected(a.id === selected ? null : a.id)}
                            >
                              {t('risk.register.open')}
                            </Button>
                          ),
                        },
                      ]}
                    />
                  )}
                  {current && (
                    <AnalysisDetail
                      key={`${current.id}:${refresh}`}
                      id={current.id}
                      canManage={canManage}
                      beheerder={beheerder}
                      onEdit={(a: Analysis) => setEditing({ id: a.id, number: a.number })}
                      onChanged={changed}
                    />
                  )}
                  <Heading level={3}>{t('risk.register.heatMapTitle')}</Heading>
                  <Paragraph>{t('risk.register.heatMapIntro')}</Paragraph>
                  <HeatMap
                    cells={d.riskRegister.heatMap}
                    caption={t('risk.heatMap.captionRegister', { party: d.riskRegister.party.name })}
                    testId="register-heat-map"
                  />
                </>
              );
            }}
          </DataView>
        )}
      </section>
      {isOfficial && <AcceptanceDecisions onDecided={changed} />}
      <AcceptanceLevel canSet={isOfficial} />
      {(isLms || !beheerder) && <ConsultationInbox canRespond={isOfficer} beheerder={beheerder} />}

      {scaling && (
        <Dialog
          title={t('risk.scaleForm.title')}
          closeLabel={t('risk.close')}
          onClose={() => setScaling(false)}
        >
          <ScaleForm
            onSaved={() => {
              setScaling(false);
              changed(t('risk.scaleForm.saved'));
            }}
          />
        </Dialog>
      )}
      {drafting && (
        <Dialog title={t('risk.draft.title')} closeLabel={t('risk.close')} onClose={() => setDrafting(false)}>
          <DraftForm
            party={session.party}
            beheerder={beheerder}
            onDrafted={(a) => {
              setDrafting(false);
              changed(t('risk.draft.done', { number: a.number }));
              setSelected(a.id);
              setEditing(a);
            }}
          />
        </Dialog>
      )}
      {editing && (
        <Dialog
          title={t('risk.editor.title', { number: editing.number })}
          closeLabel={t('risk.close')}
          onClose={() => setEditing(null)}
        >
          <EditorLoader
            id={editing.id}
            onSaved={() => {
              setEditing(null);
              changed(t('risk.editor.saved', { number: editing.number }));
            }}
          />
        </Dialog>
      )}
    </>
  );
}
