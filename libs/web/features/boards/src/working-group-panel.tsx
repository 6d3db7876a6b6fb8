import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DataView,
  Session,
  useData,
  useErrorText,
  useSend,
  WorkingGroupFieldsFragment,
} from '@mkib/web-data-access';
import { Alert, Button, Dialog, ErrorAlert, Heading, Paragraph } from '@mkib/web-ui';
import { WorkingGroupFormDialog } from './working-group-form';
import { DISSOLVE_WORKING_GROUP, WORKING_GROUPS } from './working-group-operations';
import { BoardItemDecision } from './board-item-decision';
import { WorkingGroupReportDialog } from './working-group-report';

/** Whether the signed-in person keeps the working groups (the SMB's board secretary). */
export const managesWorkingGroups = (session: Session) =>
  session.party === 'smb' && session.roles.includes('board-secretary');

type Group = WorkingGroupFieldsFragment;
type Open =
  | { kind: 'form'; group: Group | null }
  | { kind: 'dissolve'; group: Group }
  | { kind: 'report'; group: Group }
  | null;

/** Asks before dissolving: a dissolved group no longer changes or reports. */
function DissolveDialog(props: { group: Group; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const send = useSend();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dissolve = async () => {
    setBusy(true);
    setError(null);
    try {
      await send(DISSOLVE_WORKING_GROUP, { id: props.group.id });
      props.onDone(t('workingGroups.dissolveDialog.done'));
    } catch (err) {
      setError(errorText(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('workingGroups.dissolveDialog.title', { name: props.group.name })}
      closeLabel={t('workingGroups.close')}
      onClose={props.onClose}
    >
      <Paragraph>{t('workingGroups.dissolveDialog.text')}</Paragraph>
      <ErrorAlert message={error} />
      <div className="mkib-actions">
        <Button appearance="primary-action-button" disabled={busy} onClick={() => void dissolve()}>
          {t('workingGroups.dissolveDialog.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onClose}>
          {t('workingGroups.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}

function WorkingGroupCard(props: {
  group: Group;
  session: Session;
  manages: boolean;
  onOpen(open: Open): void;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const { group: g } = props;
  const headingId = `working-group-${g.id}`;
  return (
    <section className="mkib-card" aria-labelledby={headingId} data-working-group={g.id}>
      <Heading level={3} id={headingId}>
        {g.name}
      </Heading>
      <Paragraph data-testid={`working-group-state-${g.id}`}>
        <strong className="mkib-badge">{t(`workingGroups.states.${g.state}`)}</strong>{' '}
        {t('workingGroups.established', { date: g.establishedOn })}
        {g.dissolvedOn ? `; ${t('workingGroups.dissolvedOn', { date: g.dissolvedOn })}` : ''}
      </Paragraph>
      <Heading level={4}>{t('workingGroups.mandate')}</Heading>
      <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{g.mandate}</Paragraph>
      <Heading level={4}>{t('workingGroups.members')}</Heading>
      <ul>
        {g.members.map((m) => (
          <li key={`${m.party.code}-${m.name}`}>
            {t('workingGroups.member', { name: m.name, party: m.party.name })}
          </li>
        ))}
      </ul>
      <Heading level={4}>{t('workingGroups.reports')}</Heading>
      {g.reports.length === 0 ? (
        <Paragraph className="mkib-muted">{t('workingGroups.noReports')}</Paragraph>
      ) : (
        <ul className="mkib-plain-list">
          {g.reports.map((item) => (
            <BoardItemDecision
              key={item.id}
              as="li"
              className="mkib-card"
              item={item}
              session={props.session}
              texts="workingGroups.item"
              decisions={['AANVAARD', 'NIET_AANVAARD']}
              heading={
                <Paragraph>
                  <strong>{item.title}</strong>{' '}
                  <span className="mkib-muted">
                    ({t('workingGroups.item.submitted', { at: item.submittedAt.slice(0, 10) })})
                  </span>
                </Paragraph>
              }
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
      {props.manages && g.state === 'ACTIEF' && (
        <div className="mkib-actions">
          <Button
            appearance="secondary-action-button"
            aria-label={t('workingGroups.reportLabel', { name: g.name })}
            onClick={() => props.onOpen({ kind: 'report', group: g })}
          >
            {t('workingGroups.report')}
          </Button>
          <Button
            appearance="secondary-action-button"
            aria-label={t('workingGroups.changeLabel', { name: g.name })}
            onClick={() => props.onOpen({ kind: 'form', group: g })}
          >
            {t('workingGroups.change')}
          </Button>
          <Button
            appearance="secondary-action-button"
            aria-label={t('workingGroups.dissolveLabel', { name: g.name })}
            onClick={() => props.onOpen({ kind: 'dissolve', group: g })}
          >
            {t('workingGroups.dissolve')}
          </Button>
        </div>
      )}
    </section>
  );
}

/**
 * The boards' "Werkgroepen" (SK-3.7): the SMB's hulpstructuren with their mandate, members (by party
 * name), state and reports; each report is an item on the SMB agenda with the SMB's advice and the BMB's
 * decision. The SMB's secretary sets groups up, changes and dissolves them, and submits their reports.
 */
export function WorkingGroupsPanel(props: { session: Session }) {
  const { t } = useTranslation();
  const result = useData(WORKING_GROUPS, {});
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const manages = managesWorkingGroups(props.session);
  const changed = (message: string) => {
    setOpen(null);
    setNotice(message);
    result.refetch();
  };
  return (
    <section aria-labelledby="working-groups-title" className="mkib-section">
      <Heading level={2} id="working-groups-title">
        {t('workingGroups.title')}
      </Heading>
      <Paragraph>{t('workingGroups.intro')}</Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      {manages && (
        <div className="mkib-actions">
          <Button appearance="primary-action-button" onClick={() => setOpen({ kind: 'form', group: null })}>
            {t('workingGroups.establish')}
          </Button>
        </div>
      )}
      <DataView result={result}>
        {({ workingGroups }) =>
          workingGroups.length === 0 ? (
            <Paragraph data-testid="working-groups-none">{t('workingGroups.none')}</Paragraph>
          ) : (
            <>
              {workingGroups.map((g) => (
                <WorkingGroupCard
                  key={g.id}
                  group={g}
                  session={props.session}
                  manages={manages}
                  onOpen={setOpen}
                  onChanged={changed}
                />
              ))}
            </>
          )
        }
      </DataView>
      {open?.kind === 'form' && (
        <WorkingGroupFormDialog group={open.group} onClose={() => setOpen(null)} onSaved={changed} />
      )}
      {open?.kind === 'dissolve' && (
        <DissolveDialog group={open.group} onClose={() => setOpen(null)} onDone={changed} />
      )}
      {open?.kind === 'report' && (
        <WorkingGroupReportDialog group={open.group} onClose={() => setOpen(null)} onSaved={changed} />
      )}
    </section>
  );
}
