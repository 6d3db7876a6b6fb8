import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useData } from '@mkib/web-data-access';
import { Alert, Button, DataTable, Dialog, Heading, Paragraph } from '@mkib/web-ui';
import type { Facility } from './api';
import { ClassificationForm } from './classification-form';
import { FACILITIES } from './operations';

/**
 * The facility register. With `canClassify` (the LMS) each row has a classify control that opens the
 * classification form in a side panel; without it the register is read-only and says who may change it.
 */
export function FacilityRegister(props: { canClassify: boolean }) {
  const { t } = useTranslation();
  const result = useData(FACILITIES, {});
  const [editing, setEditing] = useState<Facility | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const level = (l: string) => t(`facilities.levels.${l}`);
  const supplementary = (f: Facility) => {
    const s = f.supplementaryAnalysis;
    const number = s?.analysis?.number ? ` (${s.analysis.number})` : '';
    if (s?.status === 'VEREIST')
      return (
        (s.dueDate
          ? t('facilities.supplementaryRequiredBy', { date: s.dueDate })
          : t('facilities.supplementaryRequired')) + number
      );
    if (s?.status === 'AFGEROND')
      return (
        (s.completedAt
          ? t('facilities.supplementaryCompleted', { date: s.completedAt.slice(0, 10) })
          : t('facilities.supplementaryCompletedUndated')) + number
      );
    if (s?.status === 'NIET_MEER_VEREIST') return t('facilities.supplementaryNotRequired') + number;
    return t('facilities.supplementaryNone');
  };

  return (
    <section aria-labelledby="register-title">
      <Heading level={2} id="register-title">
        {t('facilities.registerTitle')}
      </Heading>
      <Paragraph>{t('facilities.registerIntro')}</Paragraph>
      {!props.canClassify && <Paragraph className="mkib-note">{t('facilities.readOnlyNote')}</Paragraph>}
      {notice && (
        <div role="status">
          <Alert type="ok">{notice}</Alert>
        </div>
      )}
      <DataView result={result}>
        {({ facilities }) => (
          <DataTable
            rows={facilities}
            rowKey={(f) => f.code}
            rowProps={(f) => ({ 'data-facility': f.code })}
            columns={[
              { header: t('facilities.code'), cell: (f) => f.code },
              { header: t('facilities.name'), cell: (f) => f.name },
              {
                header: `${t('facilities.beschikbaarheid')} / ${t('facilities.integriteit')} / ${t('facilities.vertrouwelijkheid')}`,
                cell: (f) =>
                  `${level(f.biv.beschikbaarheid)} / ${level(f.biv.integriteit)} / ${level(f.biv.vertrouwelijkheid)}`,
              },
              {
                header: t('facilities.bbn'),
                cell: (f) => `BBN${f.bbn}`,
                cellProps: { 'data-column': 'bbn' },
              },
              { header: t('facilities.reviewDue'), cell: (f) => f.reviewDue },
              {
                header: t('facilities.supplementary'),
                cell: supplementary,
                cellProps: { 'data-column': 'supplementary' },
              },
              {
                header: t('facilities.applicable'),
                cell: (f) =>
                  t('facilities.applicableCount', {
                    count: f.applicableMeasures.total,
                    version: f.applicableMeasures.profileVersion,
                  }),
                cellProps: { 'data-column': 'applicable' },
              },
              { header: t('facilities.usedBy'), cell: (f) => f.usedBy.map((p) => p.name).join(', ') },
              props.canClassify && {
                header: t('facilities.classify'),
                hidden: true,
                cell: (f) => (
                  <Button
                    appearance="secondary-action-button"
                    aria-label={`${t('facilities.classify')}: ${f.name}`}
                    onClick={() => {
                      setNotice(null);
                      setEditing(f);
                    }}
                  >
                    {t('facilities.classify')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </DataView>
      {props.canClassify && editing && (
        <Dialog
          title={`${t('facilities.classifyTitle')}: ${editing.name}`}
          closeLabel={t('app.close')}
          onClose={() => setEditing(null)}
        >
          <ClassificationForm
            key={editing.code}
            facility={editing}
            onCancel={() => setEditing(null)}
            onSaved={(message) => {
              setEditing(null);
              setNotice(message);
              result.refetch();
            }}
          />
        </Dialog>
      )}
    </section>
  );
}
