import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChangeTriggerInput,
  DataView,
  isGraphQLRequestError,
  ProposalState,
  TypedDocumentNode,
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
  ErrorAlert,
  Heading,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import { ProposalView, usePartyName, useTriggerText } from './labels';
import {
  CHANGE_PROPOSALS,
  DECLINE_REQUEST,
  OPEN_CONSULTATION,
  PROPOSAL_TRAIL,
  RECORD_JAARAANSCHRIJVING,
  SUBMIT_PROPOSAL,
  TRIGGER_RECORDS,
  WITHDRAW_PROPOSAL,
} from './operations';
import { ProposalForm } from './proposal-form';
import { ProposalSummary } from './proposal-summary';

const STATES: ProposalState[] = [
  'DRAFT',
  'CONSULTATION',
  'SUBMITTED',
  'ADOPTED',
  'ADOPTION_FAILED',
  'REJECTED',
  'WITHDRAWN',
];
type Proposal = ProposalView;
/** Runs a mutation; false when refused (`onError` first sees the error, e.g. to offer a way out). */
type Run = <V extends object>(
  document: TypedDocumentNode<unknown, V>,
  variables: V,
  done: string,
  onError?: (err: unknown) => void,
) => Promise<boolean>;

/** Another version was adopted since the proposal was drafted: revise it (re-based) before submitting. */
const isBaseOutdated = (err: unknown) =>
  isGraphQLRequestError(err) && err.i18n?.key === 'policy.proposal.baseOutdated';

/** Today (YYYY-MM-DD, UTC, as the platform counts the respondBy day). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Whether the consultation allows submitting (the backend's rule): every hoofdgebruiker responded, or the
 * respondBy day is over. Else why not, in words.
 */
function useSubmitBlock(p: Proposal): string | null {
  const { t } = useTranslation();
  const partyName = usePartyName();
  if (p.state !== 'CONSULTATION' || p.awaitingResponse.length === 0) return null;
  if (p.respondBy && today() > p.respondBy) return null;
  return t('policy.proposals.submitBlocked', {
    date: p.respondBy ?? '',
    parties: p.awaitingResponse.map(partyName).join(', '),
  });
}
type Drafting = { trigger?: ChangeTriggerInput; title?: string } | null;

function Trail(props: { id: string }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const trail = useData(PROPOSAL_TRAIL, { id: props.id });
  return (
    <DataView result={trail}>
      {(d) => (
        <ol data-testid="proposal-trail">
          {d.changeProposal.trail.map((s, i) => (
            <li key={i}>
              {t('policy.proposals.trailLine', {
                at: s.at.slice(0, 16).replace('T', ' '),
                step: t(`policy.steps.${s.step}`, { defaultValue: s.step }),
                actor: s.party ? `${s.actor} (${partyName(s.party)})` : s.actor,
              })}
              {/* A response's note is its position: in words, not the code. */}
              {s.note
                ? `: ${s.step === 'RESPONDED' ? t(`policy.positions.${s.note}`, { defaultValue: s.note }) : s.note}`
                : ''}
            </li>
          ))}
        </ol>
      )}
    </DataView>
  );
}

/** One proposal opened: what it changes, the responses, the trail, and what the LMS can do in its state. */
function ProposalDetail(props: { proposal: Proposal; run: Run; error: string | null; onEdit(): void }) {
  const { t } = useTranslation();
  const { proposal: p, run } = props;
  const [respondBy, setRespondBy] = useState('');
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [outdated, setOutdated] = useState(false);
  const submitBlock = useSubmitBlock(p);
  const revisable = p.state === 'DRAFT' || p.state === 'CONSULTATION';
  const carries =
    !!p.carried.bbnProfile ||
    p.carried.frameworkImports.length > 0 ||
    p.carried.supplementaryMeasures.length > 0;
  return (
    <article className="mkib-card" aria-labelledby="proposal-detail-title" data-proposal-detail={p.number}>
      <Heading level={3} id="proposal-detail-title">
        {t('policy.proposals.detail', { number: p.number, title: p.title })}
      </Heading>
      <ProposalSummary proposal={p} level={3} />
      {revisable && (p.state === 'CONSULTATION' || carries) && (
        <Paragraph className="mkib-muted" data-testid="revise-hint">
          {p.state === 'CONSULTATION' ? t('policy.proposals.reviseInConsultation') : null}{' '}
          {carries ? t('policy.proposals.reviseKeepsCarried') : null}
        </Paragraph>
      )}
      <div className="mkib-actions">
        {revisable && (
          <Button appearance="secondary-action-button" onClick={props.onEdit}>
            {t('policy.proposals.edit')}
          </Button>
        )}
        {(p.state === 'DRAFT' || p.state === 'CONSULTATION') && (
          <Button appearance="subtle-button" onClick={() => setWithdrawing(true)}>
            {t('policy.proposals.withdraw')}
          </Button>
        )}
      </div>
      {p.state === 'DRAFT' && (
        <div className="mkib-inline">
          <DateField
            label={t('policy.proposals.respondByLabel')}
            name="respond-by"
            value={respondBy}
            onValue={setRespondBy}
          />
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(
                OPEN_CONSULTATION,
                { id: p.id, d: respondBy },
                t('policy.proposals.consultationOpened'),
              )
            }
          >
            {t('policy.proposals.openConsultation')}
          </Button>
        </div>
      )}
      {p.state === 'CONSULTATION' && (
        <div className="mkib-actions">
          <Button
            appearance="primary-action-button"
            disabled={!!submitBlock}
            aria-describedby={submitBlock ? `submit-block-${p.id}` : undefined}
            onClick={() => {
              setOutdated(false);
              void run(SUBMIT_PROPOSAL, { id: p.id }, t('policy.proposals.submitted'), (err) =>
                setOutdated(isBaseOutdated(err)),
              );
            }}
          >
            {t('policy.proposals.submit')}
          </Button>
        </div>
      )}
      {submitBlock && (
        <Paragraph id={`submit-block-${p.id}`} data-testid="submit-blocked">
          {submitBlock}
        </Paragraph>
      )}
      {outdated && (
        <Alert type="warning">
          <Paragraph>{t('policy.proposals.baseOutdated')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={props.onEdit}>
            {t('policy.proposals.edit')}
          </Button>
        </Alert>
      )}
      <Heading level={4}>{t('policy.proposals.trail')}</Heading>
      <Trail key={`${p.id}-${p.state}-${p.responses.length}`} id={p.id} />
      {withdrawing && (
        <Dialog
          title={t('policy.proposals.withdrawTitle', { number: p.number })}
          closeLabel={t('policy.proposals.close')}
          onClose={() => setWithdrawing(false)}
        >
          <ErrorAlert message={props.error} />
          <TextareaField
            label={t('policy.proposals.withdrawReason')}
            name="withdraw-reason"
            required
            value={reason}
            onValue={setReason}
          />
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(
                WITHDRAW_PROPOSAL,
                { id: p.id, r: reason },
                t('policy.proposals.withdrawnNotice'),
              ).then((ok) => ok && setWithdrawing(false))
            }
          >
            {t('policy.proposals.withdraw')}
          </Button>
        </Dialog>
      )}
    </article>
  );
}

/**
 * The LMS's proposal workspace (SK-3.1, SK-4.4): the proposals by state, drafting (from a trigger and its
 * record), the consultation and its responses, submitting to the SMB, withdrawing, the trail; the
 * jaaraanschrijvingen, and the hoofdgebruikers' requests to take up or decline.
 */
export function ProposalWorkspace() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const partyName = usePartyName();
  const triggerText = useTriggerText();
  const send = useSend();
  const [state, setState] = useState<ProposalState | ''>('');
  const proposals = useData(CHANGE_PROPOSALS, { state: state || null });
  const records = useData(TRIGGER_RECORDS, {});
  const [openId, setOpenId] = useState<string | null>(null);
  const [drafting, setDrafting] = useState<Drafting>(null);
  const [editing, setEditing] = useState<Proposal | null>(null);
  const [declining, setDeclining] = useState<{ id: string; subject: string } | null>(null);
  const [declineReasons, setDeclineReasons] = useState('');
  const [jaar, setJaar] = useState({ date: '', reference: '', text: '' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => {
    proposals.refetch();
    records.refetch();
  };
  const run: Run = async (document, variables, done, onError) => {
    setError(null);
    setNotice(null);
    try {
      await send(document, variables);
    } catch (err) {
      onError?.(err);
      setError(errorText(err).message);
      return false;
    }
    setNotice(done);
    refresh();
    return true;
  };
  const drafted = (message: string) => {
    setDrafting(null);
    setEditing(null);
    setError(null);
    setNotice(message);
    refresh();
  };

  const list = proposals.data?.changeProposals ?? [];
  const open = list.find((p) => p.id === openId);
  return (
    <section aria-labelledby="proposals-title" className="mkib-section">
      <Heading level={2} id="proposals-title">
        {t('policy.proposals.title')}
      </Heading>
      <Paragraph>{t('policy.proposals.intro')}</Paragraph>
      <ErrorAlert message={error} />
      {notice && <Alert type="ok">{notice}</Alert>}
      <div className="mkib-inline">
        <SelectField
          label={t('policy.proposals.filter')}
          name="proposal-state"
          value={state}
          onValue={(v) => setState(v as ProposalState | '')}
          options={[
            { value: '', label: t('policy.proposals.all') },
            ...STATES.map((s) => ({ value: s, label: t(`policy.states.${s}`) })),
          ]}
        />
        <Button appearance="primary-action-button" onClick={() => setDrafting({})}>
          {t('policy.proposals.new')}
        </Button>
      </div>
      <DataView result={proposals}>
        {(d) =>
          d.changeProposals.length === 0 ? (
            <Paragraph>{t('policy.proposals.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('policy.proposals.title')}
              rows={d.changeProposals}
              rowKey={(p) => p.id}
              rowProps={(p) => ({ 'data-proposal-row': String(p.number), 'data-state': p.state })}
              columns={[
                { header: t('policy.proposals.number'), cell: (p) => p.number },
                { header: t('policy.proposals.titleColumn'), cell: (p) => p.title },
                { header: t('policy.proposals.state'), cell: (p) => t(`policy.states.${p.state}`) },
                {
                  header: t('policy.proposals.trigger'),
                  cell: (p) => triggerText(p.trigger),
                },
                {
                  header: t('policy.proposals.open'),
                  hidden: true,
                  cell: (p) => (
                    <Button
                      appearance="subtle-button"
                      aria-label={t('policy.proposals.openLabel', { number: p.number })}
                      onClick={() => setOpenId(p.id)}
                    >
                      {t('policy.proposals.open')}
                    </Button>
                  ),
                },
              ]}
            />
          )
        }
      </DataView>
      {open && (
        <ProposalDetail
          key={open.id}
          proposal={open}
          run={run}
          error={error}
          onEdit={() => setEditing(open)}
        />
      )}

      <Heading level={3}>{t('policy.requests.title')}</Heading>
      <DataView result={records}>
        {(d) =>
          d.changeRequests.length === 0 ? (
            <Paragraph>{t('policy.requests.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('policy.requests.caption')}
              rows={d.changeRequests}
              rowKey={(r) => r.id}
              rowProps={(r) => ({ 'data-request': r.subject })}
              columns={[
                { header: t('policy.requests.party'), cell: (r) => partyName(r.party) },
                { header: t('policy.requests.subject'), cell: (r) => r.subject },
                { header: t('policy.requests.motivation'), cell: (r) => r.motivation },
                {
                  header: t('policy.requests.state'),
                  cell: (r) =>
                    r.proposal
                      ? t('policy.requests.takenUpIn', { number: r.proposal.number })
                      : r.state === 'DECLINED'
                        ? t('policy.requests.declinedBecause', { reasons: r.declineReasons ?? '' })
                        : t(`policy.requestStates.${r.state}`),
                },
                {
                  header: t('policy.requests.actions'),
                  hidden: true,
                  cell: (r) =>
                    r.state === 'OPEN' && (
                      <>
                        <Button
                          appearance="subtle-button"
                          aria-label={t('policy.requests.takeUpLabel', { subject: r.subject })}
                          onClick={() =>
                            setDrafting({
                              trigger: { kind: 'HOOFDGEBRUIKER_REQUEST', recordId: r.id },
                              title: r.subject,
                            })
                          }
                        >
                          {t('policy.requests.takeUp')}
                        </Button>
                        <Button
                          appearance="subtle-button"
                          aria-label={t('policy.requests.declineLabel', { subject: r.subject })}
                          onClick={() => {
                            setDeclineReasons('');
                            setError(null);
                            setDeclining({ id: r.id, subject: r.subject });
                          }}
                        >
                          {t('policy.requests.decline')}
                        </Button>
                      </>
                    ),
                },
              ]}
            />
          )
        }
      </DataView>

      <Heading level={3}>{t('policy.jaaraanschrijvingen.title')}</Heading>
      {records.data && records.data.jaaraanschrijvingen.length === 0 && (
        <Paragraph>{t('policy.jaaraanschrijvingen.empty')}</Paragraph>
      )}
      <ul>
        {(records.data?.jaaraanschrijvingen ?? []).map((j) => (
          <li key={j.id}>{t('policy.jaaraanschrijvingen.line', j)}</li>
        ))}
      </ul>
      <div className="mkib-form">
        <DateField
          label={t('policy.jaaraanschrijvingen.date')}
          name="jaar-date"
          value={jaar.date}
          onValue={(v) => setJaar({ ...jaar, date: v })}
        />
        <TextField
          label={t('policy.jaaraanschrijvingen.reference')}
          name="jaar-reference"
          value={jaar.reference}
          onValue={(v) => setJaar({ ...jaar, reference: v })}
        />
        <TextareaField
          label={t('policy.jaaraanschrijvingen.text')}
          name="jaar-text"
          value={jaar.text}
          onValue={(v) => setJaar({ ...jaar, text: v })}
        />
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            void run(RECORD_JAARAANSCHRIJVING, { i: jaar }, t('policy.jaaraanschrijvingen.recorded')).then(
              (ok) => ok && setJaar({ date: '', reference: '', text: '' }),
            )
          }
        >
          {t('policy.jaaraanschrijvingen.record')}
        </Button>
      </div>

      {drafting && (
        <Dialog
          title={t('policy.proposals.draftTitle')}
          closeLabel={t('policy.proposals.close')}
          onClose={() => setDrafting(null)}
        >
          <ProposalForm trigger={drafting.trigger} title={drafting.title} onDone={drafted} />
        </Dialog>
      )}
      {editing && (
        <Dialog
          title={t('policy.proposals.editTitle', { number: editing.number })}
          closeLabel={t('policy.proposals.close')}
          onClose={() => setEditing(null)}
        >
          <ProposalForm existing={editing} onDone={drafted} />
        </Dialog>
      )}
      {declining && (
        <Dialog
          title={t('policy.requests.declineTitle')}
          closeLabel={t('policy.proposals.close')}
          onClose={() => setDeclining(null)}
        >
          <Paragraph>{declining.subject}</Paragraph>
          <ErrorAlert message={error} />
          <TextareaField
            label={t('policy.requests.declineReasons')}
            name="decline-reasons"
            required
            value={declineReasons}
            onValue={setDeclineReasons}
          />
          <Button
            appearance="primary-action-button"
            onClick={() =>
              void run(
                DECLINE_REQUEST,
                { id: declining.id, r: declineReasons },
                t('policy.requests.declined'),
              ).then((ok) => ok && setDeclining(null))
            }
          >
            {t('policy.requests.decline')}
          </Button>
        </Dialog>
      )}
    </section>
  );
}
