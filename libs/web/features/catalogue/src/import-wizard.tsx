import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportFormat, useAction, useErrorText } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  ErrorAlert,
  FileField,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
  TextField,
} from '@mkib/web-ui';
import { ImportReport, Report } from './import-report';
import { ProposeDialog } from './propose-dialog';
import { IMPORT_FRAMEWORK, IMPORT_MAPPINGS, IMPORT_PARTY_FRAMEWORK } from './operations';

type What = 'FRAMEWORK_CSV' | 'FRAMEWORK_OSCAL' | 'MAPPINGS_CSV';
type Mode = 'CREATE' | 'REPLACE' | 'MERGE';
const METADATA_FIELDS = ['name', 'version', 'publisher', 'licence', 'attribution', 'source'] as const;
type Metadata = Record<(typeof METADATA_FIELDS)[number], string>;
const FORM_FIELDS = ['code', 'mode', 'content', ...METADATA_FIELDS];

/**
 * Import wizard: choose what to import and the file, check it (a dry run that writes nothing), read the
 * report, then import: everything or nothing. Into the common catalogue (`scope` "common") the import is
 * proposed as a policy change instead, applied when the BMB adopts it. `scope` "party" imports a framework of the caller's own
 * party (a security officer's extra framework); "common" is the LMS's catalogue and mappings.
 */
export function ImportWizard(props: { scope: 'common' | 'party'; onImported?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [importFramework] = useAction(IMPORT_FRAMEWORK);
  const [importPartyFramework] = useAction(IMPORT_PARTY_FRAMEWORK);
  const [importMappings] = useAction(IMPORT_MAPPINGS);
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
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [proposing, setProposing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const isMappings = what === 'MAPPINGS_CSV';
  const inputKey = JSON.stringify({ what, code, mode, metadata, replaceMappings, file });

  const frameworkInput = (content: string, dryRun: boolean) => {
    const given = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v.trim() !== ''));
    return {
      code: code.trim(),
      format: (what === 'FRAMEWORK_OSCAL' ? 'OSCAL' : 'CSV') as ImportFormat,
      mode,
      content,
      metadata: Object.keys(given).length ? given : null,
      dryRun,
    };
  };
  // An import into the common catalogue is a policy change the BMB adopts (SK-3.1); mappings stay direct.
  const viaProposal = props.scope === 'common' && !isMappings;

  const chooseFile = async (chosen: File | undefined) => {
    setReport(null);
    setFile(chosen ? { name: chosen.name, content: await chosen.text() } : null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return setError({ message: t('importWizard.chooseFile'), fields: {} });
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      let result: Report;
      if (isMappings) {
        result = (await importMappings({ i: { content: file.content, replace: replaceMappings, dryRun } }))
          .importMappings;
      } else {
        const i = frameworkInput(file.content, dryRun);
        result =
          props.scope === 'common'
            ? (await importFramework({ i })).importFramework
            : (await importPartyFramework({ i })).importPartyFramework;
      }
      setReport(result);
      if (dryRun) setCheckedKey(inputKey);
      if (!dryRun && result.imported) props.onImported?.();
    } catch (err) {
      setError(errorText(err, FORM_FIELDS));
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
        <SelectField
          label={t('importWizard.what')}
          name="what"
          value={what}
          onValue={(v) => {
            setWhat(v as What);
            setReport(null);
          }}
          options={[
            { value: 'FRAMEWORK_CSV', label: t('importWizard.frameworkCsv') },
            { value: 'FRAMEWORK_OSCAL', label: t('importWizard.frameworkOscal') },
            ...(props.scope === 'common'
              ? [{ value: 'MAPPINGS_CSV', label: t('importWizard.mappingsCsv') }]
              : []),
          ]}
        />
        {!isMappings && (
          <>
            <TextField
              label={t('importWizard.code')}
              hint={t('importWizard.codeHint')}
              error={error?.fields.code}
              name="code"
              required
              value={code}
              onValue={(v) => setCode(v.toUpperCase())}
            />
            <SelectField
              label={t('importWizard.mode')}
              error={error?.fields.mode}
              name="mode"
              value={mode}
              onValue={(v) => setMode(v as Mode)}
              options={(['CREATE', 'REPLACE', 'MERGE'] as const).map((m) => ({
                value: m,
                label: t(`importWizard.modes.${m}`),
                disabled: m === 'MERGE' && what === 'FRAMEWORK_OSCAL',
              }))}
            />
            <Fieldset legend={t('importWizard.metadata')}>
              <Paragraph>{t('importWizard.metadataHint')}</Paragraph>
              {METADATA_FIELDS.map((f) => (
                <TextField
                  key={f}
                  label={t(`importWizard.fields.${f}`)}
                  error={error?.fields[f]}
                  name={f}
                  value={metadata[f]}
                  onValue={(v) => setMetadata({ ...metadata, [f]: v })}
                />
              ))}
            </Fieldset>
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
        <FileField
          label={t('importWizard.file')}
          hint={t(isMappings ? 'importWizard.mappingColumns' : 'importWizard.columns')}
          error={error?.fields.content}
          name="file"
          accept={what === 'FRAMEWORK_OSCAL' ? '.json,application/json' : '.csv,text/csv'}
          onFile={(f) => void chooseFile(f)}
        />
        <div className="mkib-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={busy || !file}>
            {t('importWizard.check')}
          </Button>
          <Button
            appearance="primary-action-button"
            disabled={busy || !canImport}
            onClick={() => (viaProposal ? setProposing(true) : void run(false))}
          >
            {viaProposal ? t('policy.propose.button') : t('importWizard.import')}
          </Button>
        </div>
      </form>
      <ErrorAlert message={error?.message || null} />
      {notice && <Alert type="ok">{notice}</Alert>}
      {proposing && file && (
        <ProposeDialog
          defaultTitle={t('importWizard.proposalTitle', { code: code.trim() })}
          defaultRationale=""
          change={{ frameworkImports: [frameworkInput(file.content, false)] }}
          onClose={() => setProposing(false)}
          onProposed={(number) => {
            setProposing(false);
            setNotice(t('policy.propose.done', { number }));
          }}
        />
      )}
      {report && <ImportReport report={report} />}
    </section>
  );
}
