import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { CatalogueBrowser, ImportWizard, ProfileEditor } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import { Heading } from '@mkib/web-ui';

/** The LMS operators' area: the facility register, the catalogue with its import wizard, the BBN profiles. */
export default function AdminApp({ request, session }: RemoteAppProps) {
  const { t } = useTranslation();
  const [imports, setImports] = useState(0);
  const isLms = session.party === 'lms' && session.roles.includes('lms-operator');
  return (
    <div data-remote="web_admin">
      <Heading level={1}>{t('remotes.web_admin')}</Heading>
      <FacilityRegister request={request} canClassify={isLms} />
      <CatalogueBrowser request={request} refreshKey={imports} />
      {isLms && <ImportWizard request={request} scope="common" onImported={() => setImports((n) => n + 1)} />}
      {isLms && <ProfileEditor request={request} />}
    </div>
  );
}
