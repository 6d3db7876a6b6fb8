import { useTranslation } from 'react-i18next';
import type { ImportFrameworkMutation } from '@mkib/web-data-access';
import { Alert, DataTable, Paragraph } from '@mkib/web-ui';

/** A problem of an import; `key` and `params` say it in the user's language. */
export type ImportProblem = ImportFrameworkMutation['importFramework']['problems'][number];
export type Report = Omit<ImportFrameworkMutation['importFramework'], 'problems'> & {
  problems: ImportProblem[];
};

/** What a check or an import found: counts, and every problem with its line. */
export function ImportReport(props: { report: Report }) {
  const { t, i18n } = useTranslation();
  const { report } = props;
  const dutch = !i18n.language?.startsWith('en');
  const text = (p: ImportProblem) => {
    if (!dutch) return p.message;
    const params = Object.fromEntries(p.params.map((x) => [x.name, x.value]));
    return p.key && i18n.exists(p.key, { ns: 'server', keySeparator: false })
      ? t(p.key, { ...params, ns: 'server', keySeparator: false })
      : t('errors.field');
  };
  return (
    <div data-testid="import-report" role="status">
      {report.imported ? (
        <Alert type="ok">
          {t('importWizard.done', { added: report.added, updated: report.updated, removed: report.removed })}
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
        <DataTable
          rows={report.problems}
          rowKey={(_, i) => String(i)}
          columns={[
            {
              header: t('importWizard.where'),
              cell: (p) => (p.row !== null ? t('importWizard.line', { row: p.row }) : (p.path ?? '—')),
            },
            { header: t('importWizard.problem'), cell: text },
          ]}
        />
      )}
      {!report.imported && report.problems.length === 0 && <Paragraph>{t('importWizard.clean')}</Paragraph>}
    </div>
  );
}
