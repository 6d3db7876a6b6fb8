import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  InvestigationFieldsFragment,
  Session,
  useAction,
  useData,
  useErrorText,
} from '@mkib/web-data-access';
import {
  Alert,
  Button,
  DataTable,
  DateField,
  Dialog,
  downloadFile,
  ErrorAlert,
  FileField,
  Heading,
  Paragraph,
  TextareaField,
  TextField,
} from '@mkib/web-ui';
import {
  INVESTIGATION_REPORT,
  INVESTIGATIONS,
  PROPOSE_INVESTIGATION,
  RECORD_INVESTIGATION_REPORT,
} from './investigation-operations';
import { BoardItemDecision } from './board-item-decision';

type Investigation = InvestigationFieldsFragment;

/** Who may do what on the investigations screen. */
export function investigationRoles(session: Session) {
  const { party, roles } = session;
  const boards = ['smb', 'bmb'].includes(party);
  return {
    secretary: boards && roles.includes('board-secretary'),
  };
}

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * Investigations into how the policy works (SK-3.6): the list with the state in words, the secretary's
 * proposal form, and per investigation its item before the boards (the SMB's advice, the BMB's decision),
 * the report to download and, for the secretary, the report and findings to record.
 */
export function InvestigationsPanel(props: { session: Session }) {
  const { t } = useTranslation();
  const result = useData(INVESTIGATIONS, {});
  const roles = investigationRoles(props.session);
  const [proposing, setProposing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => {
    setMessage(text);
    result.refetch();
  };
  return (
    <section aria-labelledby="investigations-title" className="mkib-section">
      <Heading level={2} id="investigations-title">
        {t('investigations.title')}
      </Heading>
      <Paragraph>{t('investigations.intro')}</Paragraph>
      {message && (
        <Alert type="ok">
          <span role="status">{message}</span>
        </Alert>
      )}
      {roles.secretary && (
        <div className="mkib-actions">
          <Button appearance="primary-action-button" onClick={() => setProposing(true)}>
            {t('investigations.propose')}
          </Button>
        </div>
      )}
      {proposing && (
        <ProposeInvestigationDialog
          onClose={() => setProposing(false)}
          onProposed={() => {
            setProposing(false);
            changed(t('investigations.proposed'));
          }}
        />
      )}
      <DataView result={result}>
        {({ investigations }) => {
          const open = investigations.find((i) => i.id === openId) ?? null;
          return (
            <>
              {investigations.length === 0 ? (
                <Paragraph>{t('investigations.none')}</Paragraph>
              ) : (
                <DataTable
                  caption={t('investigations.title')}
                  rows={investigations}
                  rowKey={(i) => i.id}
                  rowProps={(i) => ({ 'data-investigation': i.state })}
                  columns={[
                    { header: t('investigations.fields.title'), cell: (i) => i.title },
                    { header: t('investigations.fields.investigator'), cell: (i) => i.investigator },
                    { header: t('investigations.fields.dueDate'), cell: (i) => i.dueDate },
                    {
                      header: t('investigations.fields.state'),
                      cell: (i) => t(`investigations.states.${i.state}`),
                    },
                    {
                      header: t('investigations.open'),
                      hidden: true,
                      cell: (i) => (
                        <Button
                          appearance="secondary-action-button"
                          aria-label={t('investigations.openLabel', { title: i.title })}
                          onClick={() => setOpenId(i.id)}
                        >
                          {t('investigations.open')}
                        </Button>
                      ),
                    },
                  ]}
                />
              )}
              {open && (
                <Dialog
                  title={t('investigations.detailTitle', { title: open.title })}
                  closeLabel={t('investigations.close')}
                  onClose={() => setOpenId(null)}
                >
                  <InvestigationDetail investigation={open} session={props.session} onChanged={changed} />
                </Dialog>
              )}
            </>
          );
        }}
      </DataView>
    </section>
  );
}

function ProposeInvestigationDialog(props: { onClose(): void; onProposed(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [propose, { fetching }] = useAction(PROPOSE_INVESTIGATION);
  const [form, setForm] = useState({ title: '', scope: '', investigator: '', dueDate: '' });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await propose({ i: form });
      props.onProposed();
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <Dialog
      title={t('investigations.proposeTitle')}
      closeLabel={t('investigations.cancel')}
      onClose={props.onClose}
    >
      <form
        className="mkib-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorAlert message={error} />
        <TextField
          label={t('investigations.fields.title')}
          name="investigation-title"
          value={form.title}
          onValue={(title) => setForm({ ...form, title })}
        />
        <TextareaField
          label={t('investigations.fields.scope')}
          name="investigation-scope"
          value={form.scope}
          onValue={(scope) => setForm({ ...form, scope })}
        />
        <TextField
          label={t('investigations.fields.investigator')}
          name="investigation-investigator"
          value={form.investigator}
          onValue={(investigator) => setForm({ ...form, investigator })}
        />
        <DateField
          label={t('investigations.fields.dueDate')}
          name="investigation-due"
          value={form.dueDate}
          onValue={(dueDate) => setForm({ ...form, dueDate })}
        />
        <Button appearance="primary-action-button" type="submit" disabled={fetching}>
          {fetching ? t('investigations.loading') : t('investigations.propose')}
        </Button>
      </form>
    </Dialog>
  );
}

/** One investigation: its scope, its item before the boards, its report and findings. */
export function InvestigationDetail(props: {
  investigation: Investigation;
  session: Session;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { investigation: i } = props;
  const roles = investigationRoles(props.session);
  const [download] = useAction(INVESTIGATION_REPORT);
  const [error, setError] = useState<string | null>(null);
  return (
    <div data-investigation-detail={i.id}>
      <Paragraph>{i.scope}</Paragraph>
      <Paragraph className="mkib-muted">
        {t('investigations.fields.investigator')}: {i.investigator} · {t('investigations.fields.dueDate')}:{' '}
        {i.dueDate} · {t('investigations.fields.state')}: {t(`investigations.states.${i.state}`)}
      </Paragraph>
      <Paragraph className="mkib-muted">
        {t('investigations.proposedBy', { by: i.proposedBy, at: i.proposedAt.slice(0, 10) })}
      </Paragraph>
      {i.boardItem && (
        <BoardItemDecision
          className="mkib-card"
          item={i.boardItem}
          session={props.session}
          texts="investigations.board"
          decisions={['AANVAARD', 'NIET_AANVAARD']}
          onChanged={props.onChanged}
        />
      )}
      <Heading level={3}>{t('investigations.report.title')}</Heading>
      <ErrorAlert message={error} />
      {i.report ? (
        <>
          <Paragraph>
            {t('investigations.report.uploaded', {
              filename: i.report.filename,
              size: Math.max(1, Math.round(i.report.size / 1024)),
              by: i.report.uploadedBy,
              at: i.report.uploadedAt.slice(0, 10),
            })}
          </Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() =>
              void download({ id: i.id })
                .then((r) => downloadFile(r.investigationReport))
                .catch((e) => setError(errorText(e).message))
            }
          >
            {t('investigations.report.download', { filename: i.report.filename })}
          </Button>
          {i.summary && <Paragraph>{i.summary}</Paragraph>}
          {i.completedAt && (
            <Paragraph className="mkib-muted">
              {t('investigations.report.completed', { at: i.completedAt.slice(0, 10) })}
            </Paragraph>
          )}
          {i.findings.length === 0 ? (
            <Paragraph>{t('investigations.report.noFindings')}</Paragraph>
          ) : (
            <ul>
              {i.findings.map((f) => (
                <li key={f.id} data-finding={f.state}>
                  {t('investigations.report.finding', {
                    text: f.text,
                    state: t(`investigations.report.findingStates.${f.state}`),
                  })}
                  {f.followUp && <> {t('investigations.report.followUp', { text: f.followUp })}</>}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <Paragraph>{t('investigations.report.none')}</Paragraph>
      )}
      {roles.secretary && i.state === 'IN_UITVOERING' && (
        <RecordReportForm investigationId={i.id} onChanged={props.onChanged} />
      )}
    </div>
  );
}

function RecordReportForm(props: { investigationId: string; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [record, { fetching }] = useAction(RECORD_INVESTIGATION_REPORT);
  const [file, setFile] = useState<File | undefined>();
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    if (!file) return setError(t('investigations.report.chooseFile'));
    try {
      await record({
        i: {
          investigationId: props.investigationId,
          report: { filename: file.name, contentType: file.type, contentBase64: await toBase64(file) },
          summary,
          findings: findings
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((text) => ({ text })),
        },
      });
      props.onChanged(t('investigations.report.recorded'));
    } catch (err) {
      setError(errorText(err).message);
    }
  };
  return (
    <form
      className="mkib-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorAlert message={error} />
      <FileField
        label={t('investigations.report.file')}
        name="investigation-report-file"
        accept=".pdf,.doc,.docx,.odt,.txt"
        onFile={setFile}
      />
      <TextareaField
        label={t('investigations.report.summary')}
        name="investigation-report-summary"
        value={summary}
        onValue={setSummary}
      />
      <TextareaField
        label={t('investigations.report.findings')}
        name="investigation-report-findings"
        value={findings}
        onValue={setFindings}
      />
      <Button appearance="primary-action-button" type="submit" disabled={fetching}>
        {fetching ? t('investigations.loading') : t('investigations.report.record')}
      </Button>
    </form>
  );
}
