import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { CatalogueBrowser, ImportWizard, ProfileEditor } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import {
  AssessmentWorkspace,
  CoUserInbox,
  currentCycleYear,
  IcvPanel,
  InstructionsPanel,
  RemindersBanner,
} from '@mkib/web-feature-icv';
import { Heading, Tabs } from '@mkib/web-ui';

/**
 * The LMS area: the facility register, the catalogue with its import wizard and the BBN profiles, and the
 * LMS's own cycle as beheerder: its self-assessment, its ICV (management organisation only), the reports of
 * the bijzondere gebruikers, and instructions addressed to it.
 */
export default function AdminApp({ request, session }: RemoteAppProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState('register');
  const [imports, setImports] = useState(0);
  const isLms = session.party === 'lms' && session.roles.includes('lms-operator');
  const year = currentCycleYear();
  const tabs = [
    { id: 'register', title: t('workspace.register') },
    { id: 'catalogue', title: t('workspace.catalogue') },
    { id: 'assessment', title: t('workspace.assessment') },
    { id: 'icv', title: t('workspace.icv') },
    { id: 'coUsers', title: t('workspace.coUsers') },
    { id: 'instructions', title: t('workspace.instructions') },
  ];
  return (
    <div data-remote="web_admin">
      <Heading level={1}>{t('remotes.web_admin')}</Heading>
      <RemindersBanner request={request} year={year} />
      <Tabs label={t('workspace.tabs')} tabs={tabs} current={tab} onChange={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'register' && <FacilityRegister request={request} canClassify={isLms} />}
        {tab === 'catalogue' && (
          <>
            <CatalogueBrowser request={request} refreshKey={imports} />
            {isLms && (
              <ImportWizard request={request} scope="common" onImported={() => setImports((n) => n + 1)} />
            )}
            {isLms && <ProfileEditor request={request} />}
          </>
        )}
        {tab === 'assessment' && (
          <AssessmentWorkspace
            request={request}
            year={year}
            canChange={session.roles.includes('security-officer')}
          />
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
