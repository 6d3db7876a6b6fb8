import { ChangeEvent, FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequest, ImportFormat, isGraphQLRequestError } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  Field,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@mkib/web-ui';
import { IMPORT_FRAMEWORK, IMPORT_MAPPINGS, IMPORT_PARTY_FRAMEWORK } from './operations';

type What = 'FRAMEWORK_CSV' | 'FRAMEWORK_OSCAL' | 'MAPPINGS_CSV';
type Mode = 'CREATE' | 'REPLACE' | 'MERGE';
interface Problem {
  row: number | null;
  path: string | null;
  message: string;
}
interface Report {
  imported: boolean;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  added: number;
  updated: number;
  removed: number;
  problems: Problem[];
}

const METADATA_FIELDS = ['name', 'version', 'publisher', 'licence', 'attribution', 'source'] as const;
type Metadata = Record<(typeof METADATA_FIELDS)[number], string>;

/**
 * Import wizard: choose what to import and the file, check it (a dry run that writes nothing), read the
 * report, then import: everything or nothing. `scope` "party" imports a framework of the caller's own
 * party (a security officer's extra framework); "common" is the LMS's catalogue and mappings.
 */
export function ImportWizard(props: {
  request: GraphQLRequest;
  scope: 'common' | 'party';
  onImported?: () => void;
}) {
  const { t } = useTranslation();
  const [what, setWhat] = useState<What>('FRAMEWORK_CSV');
  const [code, setCode] = useState('');
  const [mode, setMode] = useState<Mode>('CREATE');
  const [metadata, setMetadata] = useState<Metadata>({
    name: '',
    version: '',
    publisher: '',
    licence: '',
    attribution: '',
    source: '',
  });
  const [replaceMappings, setReplaceMappings] = useState(false);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isMappings = what === 'MAPPINGS_CSV';
  const inputKey = JSON.stringify({ what, code, mode, metadata, replaceMappings, file });

  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setReport(null);
    if (!chosen) return setFile(null);
    setFile({ name: chosen.name, content: await chosen.text() });
  };

  const run = async (dryRun: boolean) => {
    if (!file) return setError(t('importWizard.chooseFile'));
    setBusy(true);
    setError(null);
    try {
      let result: Report;
      if (isMappings) {
        const r = await props.request(IMPORT_MAPPINGS, {
          i: { content: file.content, replace: replaceMappings, dryRun },
        });
        result = r.importMappings;
      } else {
        const given = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v.trim() !== ''));
        const variables = {
          i: {
            code: code.trim(),
            format: (what === 'FRAMEWORK_OSCAL' ? 'OSCAL' : 'CSV') as ImportFormat,
            mode,
            content: file.content,
            metadata: Object.keys(given).length ? given : null,
            dryRun,
          },
        };
        result =
          props.scope === 'common'
            ? (await props.request(IMPORT_FRAMEWORK, variables)).importFramework
            : (await props.request(IMPORT_PARTY_FRAMEWORK, variables)).importPartyFramework;
      }
      setReport(result);
      if (dryRun) setCheckedKey(inputKey);
      if (!dryRun && result.imported) props.onImported?.();
    } catch (err) {
      if (isGraphQLRequestError(err) && err.problems.length) {
        setReport({
          imported: false,
          rowsRead: 0,
          rowsAccepted: 0,
          rowsRejected: 0,
          added: 0,
          updated: 0,
          removed: 0,
          problems: err.problems.map((p) => ({ row: null, path: p.field, message: p.message })),
        });
      }
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  // Importing is offered only for exactly what was checked and found clean.
  const canImport =
    report !== null && !report.imported && report.problems.length === 0 && checkedKey === inputKey;

  return (
    <section aria-labelledby="import-title" className="mkib-section">
      <Heading level={2} id="import-title">
        {props.scope === 'common' ? t('importWizard.title') : t('importWizard.titleParty')}
      </Heading>
      <Paragraph>{t('importWizard.intro')}</Paragraph>
      <form onSubmit={check} className="mkib-form">
        <Field label={t('importWizard.what')}>
          {(a11y) => (
            <select
              {...a11y}
              name="what"
              className="utrecht-select utrecht-select--html-select"
              value={what}
              onChange={(e) => {
                setWhat(e.target.value as What);
                setReport(null);
              }}
            >
              <option value="FRAMEWORK_CSV">{t('importWizard.frameworkCsv')}</option>
              <option value="FRAMEWORK_OSCAL">{t('importWizard.frameworkOscal')}</option>
              {props.scope === 'common' && (
                <option value="MAPPINGS_CSV">{t('importWizard.mappingsCsv')}</option>
              )}
            </select>
          )}
        </Field>
        {!isMappings && (
          <>
            <Field label={t('importWizard.code')} hint={t('importWizard.codeHint')}>
              {(a11y) => (
                <input
                  {...a11y}
                  name="code"
                  required
                  className="utrecht-textbox utrecht-textbox--html-input"
                  value={code}
                  onChange={(e) => setCode(e.target.value.toUpperCase())}
                />
              )}
            </Field>
            <Field label={t('importWizard.mode')}>
              {(a11y) => (
                <select
                  {...a11y}
                  name="mode"
                  className="utrecht-select utrecht-select--html-select"
                  value={mode}
                  onChange={(e) => setMode(e.target.value as Mode)}
                >
                  {(['CREATE', 'REPLACE', 'MERGE'] as const).map((m) => (
                    <option key={m} value={m} disabled={m === 'MERGE' && what === 'FRAMEWORK_OSCAL'}>
                      {t(`importWizard.modes.${m}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset className="mkib-fieldset">
              <legend>{t('importWizard.metadata')}</legend>
              <Paragraph>{t('importWizard.metadataHint')}</Paragraph>
              {METADATA_FIELDS.map((f) => (
                <Field key={f} label={t(`importWizard.fields.${f}`)}>
                  {(a11y) => (
                    <input
                      {...a11y}
                      name={f}
                      className="utrecht-textbox utrecht-textbox--html-input"
                      value={metadata[f]}
                      onChange={(e) => setMetadata({ ...metadata, [f]: e.target.value })}
                    />
                  )}
                </Field>
              ))}
            </fieldset>
          </>
        )}
        {isMappings && (
          <label className="mkib-checkbox">
            <input
              type="checkbox"
              name="replace"
              checked={replaceMappings}
              onChange={(e) => setReplaceMappings(e.target.checked)}
            />{' '}
            {t('importWizard.replaceMappings')}
          </label>
        )}
        <Field
          label={t('importWizard.file')}
          hint={t(isMappings ? 'importWizard.mappingColumns' : 'importWizard.columns')}
        >
          {(a11y) => (
            <input
              {...a11y}
              name="file"
              type="file"
              accept={what === 'FRAMEWORK_OSCAL' ? '.json,application/json' : '.csv,text/csv'}
              onChange={(e) => void chooseFile(e)}
            />
          )}
        </Field>
        <div className="mkib-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={busy || !file}>
            {t('importWizard.check')}
          </Button>
          <Button
            appearance="primary-action-button"
            disabled={busy || !canImport}
            onClick={() => void run(false)}
          >
            {t('importWizard.import')}
          </Button>
        </div>
      </form>
      {error && <Alert type="error">{error}</Alert>}
      {report && (
        <div data-testid="import-report" role="status">
          {report.imported ? (
            <Alert type="ok">
              {t('importWizard.done', {
                added: report.added,
                updated: report.updated,
                removed: report.removed,
              })}
            </Alert>
          ) : (
            <Paragraph>
              {t('importWizard.summary', {
                read: report.rowsRead,
                accepted: report.rowsAccepted,
                rejected: report.rowsRejected,
                added: report.added,
                updated: report.updated,
                removed: report.removed,
              })}
            </Paragraph>
          )}
          {report.problems.length > 0 && (
            <Table className="mkib-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('importWizard.where')}</TableHeaderCell>
                  <TableHeaderCell>{t('importWizard.problem')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.problems.map((p, i) => (
                  <TableRow key={i}>
                    <TableCell>
                      {p.row !== null ? t('importWizard.line', { row: p.row }) : (p.path ?? '—')}
                    </TableCell>
                    <TableCell>{p.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {!report.imported && report.problems.length === 0 && (
            <Paragraph>{t('importWizard.clean')}</Paragraph>
          )}
        </div>
      )}
    </section>
  );
}
