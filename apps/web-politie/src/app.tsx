import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { CatalogueBrowser, ImportWizard, PartyFrameworks } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import {
  AssessmentWorkspace,
  CoUserInbox,
  CoUserReportForm,
  currentCycleYear,
  IcvPanel,
  InstructionsPanel,
  RemindersBanner,
} from '@mkib/web-feature-icv';
import { Heading, Tabs } from '@mkib/web-ui';

/**
 * The police workspace: the facility register and the catalogue read-only with the party's own extra
 * frameworks, the self-assessment, the ICV with sign-off, the reports of its co-users, and instructions.
 * A co-user (medegebruiker) sees only its own report form.
 */
export default function PolitieApp({ request, session }: RemoteAppProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState('register');
  const [imports, setImports] = useState(0);
  const year = currentCycleYear();
  if (session.roles.includes('medegebruiker'))
    return (
      <div data-remote="web_politie">
        <Heading level={1}>{t('remotes.web_politie')}</Heading>
        <RemindersBanner request={request} year={year} />
        <CoUserReportForm request={request} year={year} party={session.party} />
      </div>
    );
  const isSecurityOfficer = session.roles.includes('security-officer');
  const tabs = [
    { id: 'register', title: t('workspace.register') },
    { id: 'catalogue', title: t('workspace.catalogue') },
    { id: 'assessment', title: t('workspace.assessment') },
    { id: 'icv', title: t('workspace.icv') },
    { id: 'coUsers', title: t('workspace.coUsers') },
    { id: 'instructions', title: t('workspace.instructions') },
  ];
  return (
    <div data-remote="web_politie">
      <Heading level={1}>{t('remotes.web_politie')}</Heading>
      <RemindersBanner request={request} year={year} />
      <Tabs label={t('workspace.tabs')} tabs={tabs} current={tab} onChange={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'register' && <FacilityRegister request={request} canClassify={false} />}
        {tab === 'catalogue' && (
          <>
            <CatalogueBrowser request={request} refreshKey={imports} />
            <PartyFrameworks
              request={request}
              party={session.party}
              canChange={isSecurityOfficer}
              refreshKey={imports}
            />
            {isSecurityOfficer && (
              <ImportWizard request={request} scope="party" onImported={() => setImports((n) => n + 1)} />
            )}
          </>
        )}
        {tab === 'assessment' && (
          <AssessmentWorkspace request={request} year={year} canChange={isSecurityOfficer} />
        )}
        {tab === 'icv' && <IcvPanel request={request} year={year} session={session} />}
        {tab === 'coUsers' && <CoUserInbox request={request} year={year} party={session.party} />}
        {tab === 'instructions' && (
          <InstructionsPanel
            request={request}
            canReport={session.roles.some((r) => r === 'security-officer' || r === 'accountable-official')}
          />
        )}
      </div>
    </div>
  );
}
