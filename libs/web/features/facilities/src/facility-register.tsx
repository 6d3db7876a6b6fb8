import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@mkib/web-ui';
import { Facility, loadFacilities } from './api';
import { ClassificationForm } from './classification-form';

/**
 * The facility register. With `canClassify` (the LMS) each row has a classify control; without it the
 * register is read-only and says who may change it.
 */
export function FacilityRegister(props: { request: GraphQLRequest; canClassify: boolean }) {
  const { t } = useTranslation();
  const [facilities, setFacilities] = useState<Facility[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Facility | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(() => {
    loadFacilities(props.request)
      .then((f) => {
        setFacilities(f);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, [props.request]);
  useEffect(reload, [reload]);

  const level = (l: string) => t(`facilities.levels.${l}`);
  const supplementary = (f: Facility) =>
    f.supplementaryAnalysis?.status === 'VEREIST'
      ? t('facilities.supplementaryRequired')
      : f.supplementaryAnalysis?.status === 'NIET_MEER_VEREIST'
        ? t('facilities.supplementaryNotRequired')
        : t('facilities.supplementaryNone');

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
      {error && <Alert type="error">{error}</Alert>}
      {!facilities && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {facilities && (
        <Table className="mkib-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('facilities.code')}</TableHeaderCell>
              <TableHeaderCell>{t('facilities.name')}</TableHeaderCell>
              <TableHeaderCell>
                {t('facilities.beschikbaarheid')} / {t('facilities.integriteit')} /{' '}
                {t('facilities.vertrouwelijkheid')}
              </TableHeaderCell>
              <TableHeaderCell>{t('facilities.bbn')}</TableHeaderCell>
              <TableHeaderCell>{t('facilities.reviewDue')}</TableHeaderCell>
              <TableHeaderCell>{t('facilities.supplementary')}</TableHeaderCell>
              <TableHeaderCell>{t('facilities.applicable')}</TableHeaderCell>
              <TableHeaderCell>{t('facilities.usedBy')}</TableHeaderCell>
              {props.canClassify && (
                <TableHeaderCell>
                  <span className="mkib-sr-only">{t('facilities.classify')}</span>
                </TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {facilities.map((f) => (
              <TableRow key={f.code} data-facility={f.code}>
                <TableCell>{f.code}</TableCell>
                <TableCell>{f.name}</TableCell>
                <TableCell>
                  {level(f.biv.beschikbaarheid)} / {level(f.biv.integriteit)} /{' '}
                  {level(f.biv.vertrouwelijkheid)}
                </TableCell>
                <TableCell data-column="bbn">BBN{f.bbn}</TableCell>
                <TableCell>{f.reviewDue}</TableCell>
                <TableCell data-column="supplementary">{supplementary(f)}</TableCell>
                <TableCell data-column="applicable">
                  {t('facilities.applicableCount', {
                    count: f.applicableMeasures.total,
                    version: f.applicableMeasures.profileVersion,
                  })}
                </TableCell>
                <TableCell>{f.usedBy.map((p) => p.name).join(', ')}</TableCell>
                {props.canClassify && (
                  <TableCell>
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
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {props.canClassify && editing && (
        <ClassificationForm
          key={editing.code}
          facility={editing}
          request={props.request}
          onCancel={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setNotice(message);
            reload();
          }}
        />
      )}
    </section>
  );
}
