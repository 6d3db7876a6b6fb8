import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  PlanFieldsFragment,
  PlanLineStatus,
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
  Dialog,
  downloadFile,
  ErrorAlert,
  Fieldset,
  Heading,
  Paragraph,
  SelectField,
} from '@mkib/web-ui';
import { LineDialog } from './line-dialog';
import {
  BBP_YEARS,
  CONFIRM_PLAN,
  IMPLEMENTATION_PLAN,
  PLAN_POLICY_DIFF,
  PLAN_XLSX,
  REMOVE_PLAN_LINE,
} from './operations';
import {
  emptyLineForm,
  filterLines,
  hasOwner,
  LineFilter,
  LineForm,
  lineToForm,
  NO_FILTER,
  STATUSES,
  subjectOf,
} from './plan-lines';
import { ProgressPanel } from './progress-panel';
import { RollUpSummary } from './roll-up';

type Plan = PlanFieldsFragment;
type Line = Plan['lines'][number];

/** What changed in the policy between the previous plan's version and this one (the update's reason). */
function PolicyChanges(props: { from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useData(PLAN_POLICY_DIFF, { from: props.from, to: props.to });
  const caption = t('plan.update.diffCaption', { from: props.from, to: props.to });
  return (
    <DataView result={diff}>
      {(d) => {
        const subject = (l: { part: string; key: string }) => {
          if (l.part === 'REQUIREMENTS')
            return l.key === 'bbnProfileVersion'
              ? t('policy.lineKeys.bbnProfileVersion')
              : t('policy.lineKeys.framework', { code: l.key });
          if (l.part === 'RELIABILITY') return t('policy.lineKeys.recalibrationMonths');
          if (l.part !== 'RESPONSIBILITY') return l.key;
          const [process, party] = l.key.split('/');
          const name = d.parties.find((p) => p.code === party)?.name ?? party;
          return `${t(`policy.processes.${process}`, { defaultValue: process })} / ${name}`;
        };
        return d.policyDiff.changes.length === 0 ? (
          <Paragraph>
            {caption}: {t('policy.noChanges')}
          </Paragraph>
        ) : (
          <DataTable
            caption={caption}
            rows={d.policyDiff.changes}
            rowKey={(l) => `${l.part}:${l.key}`}
            rowProps={(l) => ({ 'data-change': l.key })}
            columns={[
              { header: t('policy.part'), cell: (l) => t(`policy.parts.${l.part}`) },
              { header: t('policy.key'), cell: (l) => subject(l) },
              { header: t('policy.change'), cell: (l) => t(`policy.changeKinds.${l.change}`) },
              { header: t('policy.before'), cell: (l) => l.before ?? t('policy.none') },
              { header: t('policy.after'), cell: (l) => l.after ?? t('policy.none') },
            ]}
          />
        );
      }}
    </DataView>
  );
}

/** "Plan bijwerken vereist vóór …": a new policy version asks for the plan to be brought up to date (SK-2.3). */
function UpdateBanner(props: { plan: Plan; canManage: boolean; onConfirmed(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [confirm, { fetching }] = useAction(CONFIRM_PLAN);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { plan } = props;
  const from = plan.previousPolicyVersion ?? plan.policyVersion - 1;
  return (
    <div data-testid="plan-update">
      <Alert type="warning">
        <strong>{t('plan.update.title', { date: plan.updateDueDate ?? '' })}</strong>
        <Paragraph>
          {plan.previousPolicyVersion
            ? t('plan.update.text', { version: plan.policyVersion, previous: plan.previousPolicyVersion })
            : t('plan.update.textFirst', { version: plan.policyVersion })}
        </Paragraph>
        <div className="mkib-actions">
          {from >= 1 && (
            <Button appearance="secondary-action-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t(open ? 'plan.update.hide' : 'plan.update.show')}
            </Button>
          )}
          {props.canManage && (
            <Button
              appearance="primary-action-button"
              disabled={fetching}
              onClick={() =>
                void confirm({})
                  .then(props.onConfirmed)
                  .catch((e) => setError(errorText(e).message))
              }
            >
              {t('plan.update.confirm')}
            </Button>
          )}
        </div>
        <ErrorAlert message={error} />
      </Alert>
      {open && from >= 1 && <PolicyChanges from={from} to={plan.policyVersion} />}
    </div>
  );
}

/** The links of a line, in words: findings, ICV exceptions, risk treatments. */
function Links(props: { line: Line }) {
  const { t } = useTranslation();
  const { line } = props;
  const items = [
    ...line.findings.map((f) => ({
      key: `f-${f.id}`,
      text: t('plan.links.finding', {
        measure: `${f.frameworkCode} ${f.identifier}`,
        description: f.description,
      }),
    })),
    ...line.exceptions.map((e) => ({
      key: `e-${e.year}-${e.frameworkCode}-${e.identifier}`,
      text: e.explanation
        ? t('plan.links.exception', { year: e.year, measure: `${e.frameworkCode} ${e.identifier}` })
        : t('plan.links.exceptionGone', { year: e.year, measure: `${e.frameworkCode} ${e.identifier}` }),
    })),
    ...line.riskTreatments.map((r) => ({
      key: `r-${r.treatmentId}`,
      text: t('plan.links.treatment', { number: r.analysisNumber, risk: r.riskTitle }),
    })),
  ];
  if (items.length === 0) return <span className="mkib-muted">{t('plan.links.none')}</span>;
  return (
    <ul className="mkib-plain-list">
      {items.map((i) => (
        <li key={i.key}>{i.text}</li>
      ))}
    </ul>
  );
}

/** The filters of the lines: status, only overdue, only without owner. */
function Filters(props: { filter: LineFilter; onChange(filter: LineFilter): void }) {
  const { t } = useTranslation();
  const { filter } = props;
  return (
    <Fieldset legend={t('plan.filters.legend')}>
      <div className="mkib-filters">
        <SelectField
          label={t('plan.filters.status')}
          name="plan-filter-status"
          value={filter.status}
          placeholder={t('plan.filters.allStatuses')}
          options={STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
          onValue={(v) => props.onChange({ ...filter, status: v as PlanLineStatus | '' })}
        />
        <label className="mkib-checkbox">
          <input
            type="checkbox"
            name="plan-filter-overdue"
            checked={filter.overdueOnly}
            onChange={(e) => props.onChange({ ...filter, overdueOnly: e.target.checked })}
          />{' '}
          {t('plan.filters.overdue')}
        </label>
        <label className="mkib-checkbox">
          <input
            type="checkbox"
            name="plan-filter-owner"
            checked={filter.withoutOwnerOnly}
            onChange={(e) => props.onChange({ ...filter, withoutOwnerOnly: e.target.checked })}
          />{' '}
          {t('plan.filters.withoutOwner')}
        </label>
      </div>
    </Fieldset>
  );
}

/**
 * The progress panel's year: the BBP years opened so far, on the calendar year of today when it is one of
 * them (else the newest before it, else the newest); without any, the cycle's year.
 */
function ProgressYears(props: { fallback: number; session: Session }) {
  const { t } = useTranslation();
  const years = useData(BBP_YEARS, {}).data?.bbpYears.map((b) => b.year) ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const thisYear = new Date().getFullYear();
  const preferred =
    years.find((y) => y === thisYear) ?? years.find((y) => y < thisYear) ?? years[0] ?? props.fallback;
  const year = chosen !== null && years.includes(chosen) ? chosen : preferred;
  return (
    <>
      {years.length > 1 && (
        <SelectField
          label={t('plan.progress.year')}
          name="progress-year"
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onValue={(v) => setChosen(Number(v))}
        />
      )}
      <ProgressPanel year={year} session={props.session} />
    </>
  );
}

/**
 * The Implementatieplan tab (SK-2.3, SK-2.4, SK-4.1, SK-5.1): the organisation's plan for the policy
 * version in force (or an older one): its roll-up, its lines with their links (findings, ICV exceptions,
 * risk treatments), filters and overdue markers; the security officer (the LMS operator for the LMS) adds,
 * changes and removes lines and confirms the plan up to date after a new policy version; the plan as Excel;
 * and the progress reports of the BBP calendar's periods.
 */
export function ImplementationPlanPanel(props: { year: number; session: Session; canManage: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [version, setVersion] = useState<number | null>(null);
  const result = useData(IMPLEMENTATION_PLAN, { version });
  const [filter, setFilter] = useState<LineFilter>(NO_FILTER);
  const [editing, setEditing] = useState<LineForm | null>(null);
  const [removing, setRemoving] = useState<Line | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  const changed = (message: string) => {
    setNotice(message);
    setError(null);
    result.refetch();
  };

  return (
    <>
      <section aria-labelledby="plan-title" className="mkib-section" data-testid="implementation-plan">
        <Heading level={2} id="plan-title">
          {t('plan.title')}
        </Heading>
        {notice && (
          <Alert type="ok">
            <span role="status">{notice}</span>
          </Alert>
        )}
        <ErrorAlert message={error} />
        <DataView result={result}>
          {({ implementationPlan: plan }) => {
            const current = plan.versions.length === 0 || plan.policyVersion === Math.max(...plan.versions);
            const canChange = props.canManage && current;
            const shown = filterLines(plan.lines, filter);
            return (
              <>
                <Paragraph data-testid="plan-state">
                  {t('plan.stateLine', {
                    version: plan.policyVersion,
                    state: t(`plan.states.${plan.state}`),
                  })}
                  {plan.confirmedBy &&
                    ` ${t('plan.confirmed', { by: plan.confirmedBy, at: plan.confirmedAt?.slice(0, 10) ?? '' })}`}
                </Paragraph>
                {plan.state === 'BIJWERKEN_VEREIST' && current && (
                  <UpdateBanner
                    plan={plan}
                    canManage={props.canManage}
                    onConfirmed={() => changed(t('plan.update.confirmed'))}
                  />
                )}
                {plan.versions.length > 1 && (
                  <SelectField
                    label={t('plan.versions.label')}
                    name="plan-version"
                    value={plan.policyVersion}
                    options={plan.versions.map((v, i) => ({
                      value: v,
                      label:
                        i === 0
                          ? t('plan.versions.current', { version: v })
                          : t('plan.versions.older', { version: v }),
                    }))}
                    onValue={(v) => {
                      setNotice(null);
                      setVersion(Number(v) === plan.versions[0] ? null : Number(v));
                    }}
                  />
                )}
                {!current && <Paragraph className="mkib-muted">{t('plan.versions.readOnly')}</Paragraph>}
                <RollUpSummary rollUp={plan.rollUp} label={t('plan.rollUp.label')} />
                <div className="mkib-actions">
                  {canChange && (
                    <Button
                      appearance="primary-action-button"
                      onClick={() => {
                        setNotice(null);
                        setEditing(emptyLineForm());
                      }}
                    >
                      {t('plan.add')}
                    </Button>
                  )}
                  <Button
                    appearance="secondary-action-button"
                    disabled={downloading}
                    onClick={() => {
                      setDownloading(true);
                      setError(null);
                      send(PLAN_XLSX, { version })
                        .then((d) => downloadFile(d.implementationPlanXlsx))
                        .catch((err) => setError(errorText(err).message))
                        .finally(() => setDownloading(false));
                    }}
                  >
                    {t('plan.download')}
                  </Button>
                </div>
                <Filters filter={filter} onChange={setFilter} />
                {plan.lines.length === 0 ? (
                  <Paragraph>{t('plan.empty')}</Paragraph>
                ) : shown.length === 0 ? (
                  <Paragraph>{t('plan.filters.none')}</Paragraph>
                ) : (
                  <DataTable
                    caption={t('plan.caption', {
                      version: plan.policyVersion,
                      shown: shown.length,
                      total: plan.lines.length,
                    })}
                    rows={shown}
                    rowKey={(l) => l.id}
                    rowProps={(l) => ({
                      'data-plan-line': subjectOf(l),
                      'data-status': l.status,
                      ...(l.overdue ? { 'data-overdue': 'true' } : {}),
                    })}
                    columns={[
                      { header: t('plan.columns.kind'), cell: (l) => t(`plan.kinds.${l.kind}`) },
                      { header: t('plan.columns.subject'), cell: (l) => subjectOf(l) },
                      {
                        header: t('plan.columns.description'),
                        cell: (l) => (
                          <>
                            {l.description}
                            {l.carriedOver && <span className="mkib-muted"> ({t('plan.carriedOver')})</span>}
                          </>
                        ),
                      },
                      {
                        header: t('plan.columns.owner'),
                        cell: (l) => (hasOwner(l) ? l.owner : <em>{t('plan.noOwner')}</em>),
                      },
                      { header: t('plan.columns.dueDate'), cell: (l) => l.dueDate },
                      {
                        header: t('plan.columns.status'),
                        cell: (l) => (
                          <>
                            {t(`plan.statuses.${l.status}`)}
                            {l.overdue && (
                              <>
                                {' '}
                                <span className="mkib-badge mkib-badge--broken">{t('plan.overdue')}</span>
                              </>
                            )}
                          </>
                        ),
                      },
                      { header: t('plan.columns.links'), cell: (l) => <Links line={l} /> },
                      canChange && {
                        header: t('plan.columns.actions'),
                        hidden: true,
                        cell: (l: Line) => (
                          <div className="mkib-actions">
                            <Button
                              appearance="secondary-action-button"
                              aria-label={t('plan.editLine', { subject: subjectOf(l) })}
                              onClick={() => {
                                setNotice(null);
                                setEditing(lineToForm(l));
                              }}
                            >
                              {t('plan.edit')}
                            </Button>
                            <Button
                              appearance="secondary-action-button"
                              aria-label={t('plan.removeLine', { subject: subjectOf(l) })}
                              onClick={() => {
                                setNotice(null);
                                setRemoving(l);
                              }}
                            >
                              {t('plan.remove')}
                            </Button>
                          </div>
                        ),
                      },
                    ]}
                  />
                )}
                {editing && (
                  <LineDialog
                    year={props.year}
                    initial={editing}
                    onClose={() => setEditing(null)}
                    onSaved={() => {
                      setEditing(null);
                      changed(t('plan.saved'));
                    }}
                  />
                )}
                {removing && (
                  <Dialog
                    title={t('plan.removeTitle')}
                    closeLabel={t('plan.cancel')}
                    onClose={() => setRemoving(null)}
                  >
                    <Paragraph>
                      {t('plan.removeText', {
                        subject: subjectOf(removing),
                        description: removing.description,
                      })}
                    </Paragraph>
                    <div className="mkib-actions">
                      <Button
                        appearance="primary-action-button"
                        onClick={() => {
                          const line = removing;
                          send(REMOVE_PLAN_LINE, { id: line.id })
                            .then(() => {
                              setRemoving(null);
                              changed(t('plan.removed'));
                            })
                            .catch((err) => {
                              setRemoving(null);
                              setError(errorText(err).message);
                            });
                        }}
                      >
                        {t('plan.removeConfirm')}
                      </Button>
                    </div>
                  </Dialog>
                )}
              </>
            );
          }}
        </DataView>
      </section>
      <ProgressYears fallback={props.year} session={props.session} />
    </>
  );
}
