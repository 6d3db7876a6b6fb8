import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConsultationPosition,
  DataView,
  ProposalFieldsFragment,
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
  TextField,
} from '@mkib/web-ui';
import { CHANGE_PROPOSALS, OWN_CHANGE_REQUESTS, REQUEST_CHANGE, RESPOND } from './operations';
import { ProposalSummary } from './proposal-summary';

const POSITIONS: ConsultationPosition[] = ['AGREE', 'REMARKS', 'DISAGREE'];

/** A hoofdgebruiker's response to one proposal in consultation: revisable until the LMS submits it. */
function ResponseForm(props: {
  proposal: ProposalFieldsFragment;
  party: string;
  canRespond: boolean;
  onSent(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const p = props.proposal;
  const own = p.responses.find((r) => r.party === props.party);
  const [position, setPosition] = useState<ConsultationPosition>(own?.position ?? 'AGREE');
  const [reasons, setReasons] = useState(own?.reasons ?? '');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await send(RESPOND, { i: { proposalId: p.id, position, reasons } });
      setNotice(t('policy.consultation.sent'));
      props.onSent();
    } catch (err) {
      setError(errorText(err, ['reasons', 'position']));
    }
  };

  return (
    <article className="mkib-card" aria-labelledby={`consult-${p.id}`} data-consultation={p.number}>
      <Heading level={3} id={`consult-${p.id}`}>
        {t('policy.proposals.detail', { number: p.number, title: p.title })}
      </Heading>
      <ProposalSummary proposal={p} level={3} showResponses={false} />
      <Paragraph data-testid={`own-response-${p.number}`}>
        {own
          ? t('policy.consultation.yourResponse', {
              position: t(`policy.positions.${own.position}`),
              reasons: own.reasons || t('policy.none'),
            })
          : t('policy.consultation.noResponse')}
      </Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      {props.canRespond && p.state === 'CONSULTATION' && (
        <form onSubmit={submit} className="mkib-form">
          <SelectField
            label={t('policy.consultation.position', { number: p.number })}
            name={`position-${p.number}`}
            error={error?.fields.position}
            value={position}
            onValue={(v) => setPosition(v as ConsultationPosition)}
            options={POSITIONS.map((x) => ({ value: x, label: t(`policy.positions.${x}`) }))}
          />
          <TextareaField
            label={t('policy.consultation.reasons')}
            hint={t('policy.consultation.reasonsHint')}
            name={`reasons-${p.number}`}
            error={error?.fields.reasons}
            value={reasons}
            onValue={setReasons}
          />
          <ErrorAlert message={error?.message || null} />
          <Button type="submit" appearance="primary-action-button">
            {t(own ? 'policy.consultation.revise' : 'policy.consultation.send')}
          </Button>
        </form>
      )}
    </article>
  );
}

/**
 * What a hoofdgebruiker does with the policy (SK-3.1, SK-4.4): respond to the proposals in consultation,
 * ask for a change, and follow its own requests. `canRespond`: its security officer.
 */
export function ConsultationPanel(props: { party: string; canRespond: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const proposals = useData(CHANGE_PROPOSALS, { state: 'CONSULTATION' });
  const requests = useData(OWN_CHANGE_REQUESTS, {}, { pause: !props.canRespond });
  const [request, setRequest] = useState({ subject: '', motivation: '' });
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const ask = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await send(REQUEST_CHANGE, { i: request });
      setNotice(t('policy.requests.sent'));
      setRequest({ subject: '', motivation: '' });
      requests.refetch();
    } catch (err) {
      setError(errorText(err, ['subject', 'motivation']));
    }
  };

  return (
    <section aria-labelledby="consultation-title" className="mkib-section">
      <Heading level={2} id="consultation-title">
        {t('policy.consultation.title')}
      </Heading>
      <Paragraph>{t('policy.consultation.intro')}</Paragraph>
      <DataView result={proposals}>
        {(d) =>
          d.changeProposals.length === 0 ? (
            <Paragraph>{t('policy.consultation.empty')}</Paragraph>
          ) : (
            <>
              {d.changeProposals.map((p) => (
                <ResponseForm
                  key={p.id}
                  proposal={p}
                  party={props.party}
                  canRespond={props.canRespond}
                  onSent={proposals.refetch}
                />
              ))}
            </>
          )
        }
      </DataView>
      {props.canRespond && (
        <>
          <Heading level={3}>{t('policy.requests.newTitle')}</Heading>
          {notice && <Alert type="ok">{notice}</Alert>}
          <form onSubmit={ask} className="mkib-form">
            <TextField
              label={t('policy.requests.subject')}
              name="request-subject"
              required
              error={error?.fields.subject}
              value={request.subject}
              onValue={(v) => setRequest({ ...request, subject: v })}
            />
            <TextareaField
              label={t('policy.requests.motivation')}
              name="request-motivation"
              required
              error={error?.fields.motivation}
              value={request.motivation}
              onValue={(v) => setRequest({ ...request, motivation: v })}
            />
            <ErrorAlert message={error?.message || null} />
            <Button type="submit" appearance="primary-action-button">
              {t('policy.requests.send')}
            </Button>
          </form>
          <Heading level={3}>{t('policy.requests.ownTitle')}</Heading>
          <DataView result={requests}>
            {(d) =>
              d.changeRequests.length === 0 ? (
                <Paragraph>{t('policy.requests.empty')}</Paragraph>
              ) : (
                <DataTable
                  caption={t('policy.requests.ownTitle')}
                  rows={d.changeRequests}
                  rowKey={(r) => r.id}
                  columns={[
                    { header: t('policy.requests.subject'), cell: (r) => r.subject },
                    { header: t('policy.requests.requestedAt'), cell: (r) => r.requestedAt.slice(0, 10) },
                    {
                      header: t('policy.requests.state'),
                      cell: (r) =>
                        r.proposal
                          ? t('policy.requests.takenUpIn', { number: r.proposal.number })
                          : r.state === 'DECLINED'
                            ? t('policy.requests.declinedBecause', { reasons: r.declineReasons ?? '' })
                            : t(`policy.requestStates.${r.state}`),
                    },
                  ]}
                />
              )
            }
          </DataView>
        </>
      )}
    </section>
  );
}
