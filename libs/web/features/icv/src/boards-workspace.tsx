import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardDecision, GraphQLRequest, Session, TypedDocumentNode } from '@mkib/web-data-access';
import { Alert, Button, downloadFile, ErrorAlert, Field, Heading, Paragraph } from '@mkib/web-ui';
import { problemsText } from './year';
import {
  AGENDA,
  CYCLE,
  MEETING_PACK,
  OPEN_CYCLE,
  RECORD_ADVICE,
  RECORD_DECISION,
  REVIEW_INSTRUCTION,
} from './operations';

interface Item {
  id: string;
  party: string;
  version: number;
  statement: string;
  scope: string;
  signedBy: string;
  submittedAt: string;
  exceptions: { subject: string; description: string; improvement: string; dueDate: string }[];
  compliance: {
    percentImplemented: number;
    byFacility: { facilityCode: string; percentImplemented: number }[];
  } | null;
  advice: string | null;
  advisedBy: string | null;
  decision: string | null;
  decisionText: string | null;
  instructions: {
    id: string;
    description: string;
    dueDate: string;
    state: string;
    doneReport: string | null;
  }[];
}
interface Cycle {
  medegebruikerRapportages: string;
  icvIndiening: string;
  smbVergadering: string;
  bmbVergadering: string;
}

/** Compliance per party and facility as bars; the figures are also in the text next to each bar. */
function ComplianceChart(props: { items: Item[]; title: string }) {
  const rows = props.items.flatMap((i) => [
    { label: `${i.party}`, value: i.compliance?.percentImplemented ?? 0, strong: true },
    ...(i.compliance?.byFacility ?? []).map((f) => ({
      label: `  ${f.facilityCode}`,
      value: f.percentImplemented,
      strong: false,
    })),
  ]);
  const height = rows.length * 20 + 10;
  return (
    <figure>
      <svg className="mkib-chart" role="img" aria-label={props.title} width="520" height={height}>
        {rows.map((r, i) => (
          <g key={i} transform={`translate(0, ${i * 20 + 5})`}>
            <text x="0" y="13" fontWeight={r.strong ? 'bold' : 'normal'}>
              {r.label}
            </text>
            <rect
              x="140"
              y="2"
              width={(r.value / 100) * 320}
              height="14"
              fill={r.strong ? '#01689b' : '#8fcae7'}
            />
            <text x={145 + (r.value / 100) * 320} y="13">
              {r.value}%
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mkib-muted">{props.title}</figcaption>
    </figure>
  );
}

/**
 * The boards' workspace (SK-3.5, SK-3.6): the cycle, the agenda with every submitted ICV side by side
 * (statement, exceptions, compliance), the SMB's advice and the BMB's decision forms, instructions to close.
 */
export function BoardsWorkspace(props: { request: GraphQLRequest; year: number; session: Session }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Item[]>([]);
  const [cycle, setCycle] = useState<Cycle | null>(null);
  const [advice, setAdvice] = useState<Record<string, string>>({});
  const [decisions, setDecisions] = useState<
    Record<string, { decision: string; text: string; instruction: string; dueDate: string }>
  >({});
  const [dates, setDates] = useState<Cycle>({
    medegebruikerRapportages: '',
    icvIndiening: '',
    smbVergadering: '',
    bmbVergadering: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { party, roles } = props.session;
  const smb = party === 'smb' && (roles.includes('smb-member') || roles.includes('board-secretary'));
  const bmb = party === 'bmb' && (roles.includes('bmb-member') || roles.includes('board-secretary'));
  const secretary = roles.includes('board-secretary') && ['smb', 'bmb'].includes(party);

  const load = () => {
    props
      .request<{ agenda: (Item & { superseded: boolean })[] }>(AGENDA, { y: props.year })
      .then((r) => setItems(r.agenda.filter((i) => !i.superseded)))
      .catch((e: Error) => setError(e.message));
    props
      .request<{ cycle: Cycle }>(CYCLE, { y: props.year })
      .then((r) => setCycle(r.cycle))
      .catch(() => setCycle(null));
  };
  useEffect(load, [props.request, props.year]);

  const run = async <V,>(query: TypedDocumentNode<unknown, V>, variables: V, done: string) => {
    setError(null);
    setNotice(null);
    try {
      await props.request(query, variables);
      setNotice(done);
      load();
    } catch (err) {
      setError(problemsText(err));
    }
  };

  return (
    <section aria-labelledby="boards-title" className="mkib-section">
      <Heading level={2} id="boards-title">
        {t('boards.title', { year: props.year })}
      </Heading>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {cycle ? (
        <Paragraph data-testid="cycle">
          {t('boards.cycleLine', {
            reports: cycle.medegebruikerRapportages,
            icv: cycle.icvIndiening,
            smb: cycle.smbVergadering,
            bmb: cycle.bmbVergadering,
          })}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('boards.noCycle')}</Paragraph>
          {secretary && (
            <div className="mkib-form">
              {(Object.keys(dates) as (keyof Cycle)[]).map((k) => (
                <Field key={k} label={t(`boards.dates.${k}`)}>
                  {(a11y) => (
                    <input
                      {...a11y}
                      type="date"
                      name={`cycle-${k}`}
                      className="utrecht-textbox utrecht-textbox--html-input"
                      value={dates[k]}
                      onChange={(e) => setDates({ ...dates, [k]: e.target.value })}
                    />
                  )}
                </Field>
              ))}
              <Button
                appearance="primary-action-button"
                onClick={() =>
                  void run(OPEN_CYCLE, { i: { year: props.year, ...dates } }, t('boards.cycleOpened'))
                }
              >
                {t('boards.openCycle')}
              </Button>
            </div>
          )}
        </>
      )}
      <div className="mkib-actions">
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            void props
              .request<{ meetingPackPdf: { filename: string; contentType: string; contentBase64: string } }>(
                MEETING_PACK,
                { y: props.year },
              )
              .then((r) => downloadFile(r.meetingPackPdf))
              .catch((e: Error) => setError(e.message))
          }
        >
          {t('boards.pack')}
        </Button>
      </div>
      {items.length === 0 ? (
        <Paragraph>{t('boards.empty')}</Paragraph>
      ) : (
        <>
          <ComplianceChart items={items} title={t('boards.chart')} />
          <div className="mkib-side-by-side">
            {items.map((i) => {
              const d = decisions[i.id] ?? { decision: 'AANVAARD', text: '', instruction: '', dueDate: '' };
              return (
                <article
                  key={i.id}
                  className="mkib-card"
                  data-agenda-item={i.party}
                  aria-labelledby={`item-${i.id}`}
                >
                  <Heading level={3} id={`item-${i.id}`}>
                    {i.party} (v{i.version})
                  </Heading>
                  <Paragraph>
                    <strong>{t(`icv.statements.${i.statement}`)}</strong> — {t(`icv.scopes.${i.scope}`)}
                  </Paragraph>
                  <Paragraph className="mkib-muted">
                    {t('boards.signed', { who: i.signedBy, at: i.submittedAt.slice(0, 10) })}
                  </Paragraph>
                  {i.exceptions.length > 0 && (
                    <ul>
                      {i.exceptions.map((e, n) => (
                        <li key={n}>
                          {e.subject}: {e.description} → {e.improvement} ({e.dueDate})
                        </li>
                      ))}
                    </ul>
                  )}
                  <Paragraph data-testid={`advice-${i.party}`}>
                    {t('boards.advice')}: {i.advice ?? t('boards.noAdvice')}
                  </Paragraph>
                  {smb && !i.advice && (
                    <div>
                      <Field label={t('boards.adviceLabel', { party: i.party })}>
                        {(a11y) => (
                          <textarea
                            {...a11y}
                            name={`advice-${i.party}`}
                            className="utrecht-textarea utrecht-textarea--html-textarea"
                            value={advice[i.id] ?? ''}
                            onChange={(e) => setAdvice({ ...advice, [i.id]: e.target.value })}
                          />
                        )}
                      </Field>
                      <Button
                        appearance="primary-action-button"
                        onClick={() =>
                          void run(RECORD_ADVICE, { id: i.id, a: advice[i.id] ?? '' }, t('boards.advised'))
                        }
                      >
                        {t('boards.recordAdvice')}
                      </Button>
                    </div>
                  )}
                  <Paragraph data-testid={`decision-${i.party}`}>
                    {t('boards.decision')}:{' '}
                    {i.decision
                      ? `${t(`boards.decisions.${i.decision}`)}. ${i.decisionText ?? ''}`
                      : t('boards.noDecision')}
                  </Paragraph>
                  {bmb && !i.decision && (
                    <div>
                      {!i.advice && <Alert type="info">{t('boards.waitForAdvice')}</Alert>}
                      <Field label={t('boards.decisionLabel', { party: i.party })}>
                        {(a11y) => (
                          <select
                            {...a11y}
                            name={`decision-${i.party}`}
                            className="utrecht-select utrecht-select--html-select"
                            value={d.decision}
                            onChange={(e) =>
                              setDecisions({ ...decisions, [i.id]: { ...d, decision: e.target.value } })
                            }
                          >
                            {['AANVAARD', 'AANVAARD_MET_AANWIJZING', 'NIET_AANVAARD'].map((x) => (
                              <option key={x} value={x}>
                                {t(`boards.decisions.${x}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                      <Field label={t('boards.decisionText')}>
                        {(a11y) => (
                          <textarea
                            {...a11y}
                            name={`decision-text-${i.party}`}
                            className="utrecht-textarea utrecht-textarea--html-textarea"
                            value={d.text}
                            onChange={(e) =>
                              setDecisions({ ...decisions, [i.id]: { ...d, text: e.target.value } })
                            }
                          />
                        )}
                      </Field>
                      {d.decision === 'AANVAARD_MET_AANWIJZING' && (
                        <>
                          <Field label={t('boards.instruction')}>
                            {(a11y) => (
                              <input
                                {...a11y}
                                name={`instruction-${i.party}`}
                                className="utrecht-textbox utrecht-textbox--html-input"
                                value={d.instruction}
                                onChange={(e) =>
                                  setDecisions({
                                    ...decisions,
                                    [i.id]: { ...d, instruction: e.target.value },
                                  })
                                }
                              />
                            )}
                          </Field>
                          <Field label={t('boards.instructionDue')}>
                            {(a11y) => (
                              <input
                                {...a11y}
                                type="date"
                                name={`instruction-due-${i.party}`}
                                className="utrecht-textbox utrecht-textbox--html-input"
                                value={d.dueDate}
                                onChange={(e) =>
                                  setDecisions({ ...decisions, [i.id]: { ...d, dueDate: e.target.value } })
                                }
                              />
                            )}
                          </Field>
                        </>
                      )}
                      <Button
                        appearance="primary-action-button"
                        disabled={!i.advice}
                        onClick={() =>
                          void run(
                            RECORD_DECISION,
                            {
                              i: {
                                agendaItemId: i.id,
                                decision: d.decision as BoardDecision,
                                text: d.text,
                                instruction:
                                  d.decision === 'AANVAARD_MET_AANWIJZING'
                                    ? { description: d.instruction, dueDate: d.dueDate }
                                    : null,
                              },
                            },
                            t('boards.decided'),
                          )
                        }
                      >
                        {t('boards.recordDecision')}
                      </Button>
                    </div>
                  )}
                  {i.instructions.map((ins) => (
                    <div key={ins.id} className="mkib-muted" data-instruction={ins.state}>
                      {t('boards.instructionLine', {
                        text: ins.description,
                        due: ins.dueDate,
                        state: t(`boards.instructionStates.${ins.state}`),
                      })}
                      {ins.doneReport && ` — ${ins.doneReport}`}
                      {bmb && ins.state === 'GEREED_GEMELD' && (
                        <>
                          {' '}
                          <Button
                            appearance="subtle-button"
                            onClick={() =>
                              void run(REVIEW_INSTRUCTION, { id: ins.id, ok: true }, t('boards.closed'))
                            }
                          >
                            {t('boards.close')}
                          </Button>
                          <Button
                            appearance="subtle-button"
                            onClick={() =>
                              void run(REVIEW_INSTRUCTION, { id: ins.id, ok: false }, t('boards.reopened'))
                            }
                          >
                            {t('boards.reopen')}
                          </Button>
                        </>
                      )}
                    </div>
                  ))}
                </article>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
