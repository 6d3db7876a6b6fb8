import { ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { PartyCalendar } from '@mkib/web-feature-bbp';
import { RegistersPanel } from '@mkib/web-feature-boards';
import { EscalationsPanel } from '@mkib/web-feature-boards';
import { CatalogueBrowser, ImportWizard, PartyFrameworks, ProfileEditor } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import {
  AssessmentWorkspace,
  CoUserInbox,
  CoUserReportForm,
  CycleYear,
  IcvPanel,
  InstructionsPanel,
  RemindersBanner,
} from '@mkib/web-feature-icv';
import { tabForPath } from '@mkib/web-feature-notifications';
import { ImplementationPlanPanel } from '@mkib/web-feature-plan';
import { ConsultationPanel, PolicyReader, ProposalWorkspace } from '@mkib/web-feature-policy';
import { RiskWorkspace } from '@mkib/web-feature-risk';
import { Heading, Tabs } from '@mkib/web-ui';

/**
 * What a party works in: the facility register, the catalogue (with its own extra frameworks), its
 * self-assessment, its ICV, the reports of its co-users and the instructions addressed to it. The LMS
 * (`beheerder`) also classifies facilities, maintains the common catalogue and the BBN profiles. Every party
 * reads the policy; the LMS drafts its changes, a hoofdgebruiker responds to their consultation. A co-user
 * (medegebruiker or bijzondere gebruiker) sees only its own report form. Every party keeps its risk register
 * ("Risico's"); the LMS analyses the shared facilities and consults the hoofdgebruikers.
 */
export function PartyWorkspace(
  props: RemoteAppProps & { title: string; remote: string; beheerder?: boolean },
) {
  const { client, request, session } = props;
  const { t } = useTranslation();
  // A link to a section (`/web-politie?tab=implementatieplan`, e.g. a notification's) opens its tab.
  const here = () => tabForPath(window.location.pathname + window.location.search);
  const [chosen, setTab] = useState(() => here() ?? 'register');
  useEffect(() => {
    const onPop = () => setTab((current) => here() ?? current);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const [imports, setImports] = useState(0);
  // Everything below the cycle selector shows the chosen cycle (the register and catalogue have no year).
  const frame = (children: (year: number) => ReactNode) => (
    <DataProvider client={client}>
      <div data-remote={props.remote}>
        <Heading level={1}>{props.title}</Heading>
        <CycleYear>
          {(year) => (
            <>
              <RemindersBanner year={year} />
              {children(year)}
            </>
          )}
        </CycleYear>
      </div>
    </DataProvider>
  );
  if (session.roles.includes('medegebruiker'))
    return frame((year) => <CoUserReportForm year={year} party={session.party} />);

  const isSecurityOfficer = session.roles.includes('security-officer');
  const isLmsOperator =
    !!props.beheerder && session.party === 'lms' && session.roles.includes('lms-operator');
  const tabs = [
    { id: 'register', title: t('workspace.register') },
    { id: 'catalogue', title: t('workspace.catalogue') },
    { id: 'assessment', title: t('workspace.assessment') },
    { id: 'icv', title: t('workspace.icv') },
    { id: 'coUsers', title: t('workspace.coUsers') },
    { id: 'instructions', title: t('workspace.instructions') },
    { id: 'risks', title: t('risk.tab') },
    { id: 'plan', title: t('plan.tab') },
    { id: 'policy', title: t('policy.tabs.reader') },
    ...(isLmsOperator || !props.beheerder ? [{ id: 'proposals', title: t('policy.tabs.proposals') }] : []),
    { id: 'calendar', title: t('bbp.tabs.partyCalendar') },
    // The registers the LMS keeps (issue 18, SK-5.4): in the LMS's own workspace.
    ...(props.beheerder ? [{ id: 'registers', title: t('registers.tab') }] : []),
    // issue 18: escalations
    { id: 'escalations', title: t('escalations.tab') },
  ];
  // A section this person has no tab for opens the register.
  const tab = tabs.some((x) => x.id === chosen) ? chosen : 'register';
  return frame((year) => (
    <>
      <Tabs label={t('workspace.tabs')} tabs={tabs} current={tab} onChange={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'register' && <FacilityRegister canClassify={isLmsOperator} />}
        {tab === 'catalogue' && (
          <>
            <CatalogueBrowser refreshKey={imports} />
            {isLmsOperator && <ImportWizard scope="common" onImported={() => setImports((n) => n + 1)} />}
            {isLmsOperator && <ProfileEditor />}
            {!props.beheerder && (
              <PartyFrameworks party={session.party} canChange={isSecurityOfficer} refreshKey={imports} />
            )}
            {!props.beheerder && isSecurityOfficer && (
              <ImportWizard scope="party" onImported={() => setImports((n) => n + 1)} />
            )}
          </>
        )}
        {tab === 'assessment' && (
          <AssessmentWorkspace request={request} year={year} canChange={isSecurityOfficer} />
        )}
        {tab === 'icv' && <IcvPanel year={year} session={session} />}
        {tab === 'coUsers' && <CoUserInbox year={year} party={session.party} />}
        {tab === 'instructions' && (
          <InstructionsPanel
            canReport={session.roles.some((r) => r === 'security-officer' || r === 'accountable-official')}
          />
        )}
        {tab === 'risks' && <RiskWorkspace session={session} beheerder={props.beheerder} />}
        {tab === 'plan' && (
          <ImplementationPlanPanel
            year={year}
            session={session}
            canManage={isSecurityOfficer || isLmsOperator}
          />
        )}
        {tab === 'policy' && <PolicyReader />}
        {tab === 'proposals' && isLmsOperator && <ProposalWorkspace />}
        {tab === 'proposals' && !props.beheerder && (
          <ConsultationPanel party={session.party} canRespond={isSecurityOfficer} />
        )}
        {tab === 'calendar' && <PartyCalendar session={session} />}
        {tab === 'registers' && <RegistersPanel canManage={isLmsOperator} />}
        {tab === 'escalations' && <EscalationsPanel session={session} />}
      </div>
    </>
  ));
}
