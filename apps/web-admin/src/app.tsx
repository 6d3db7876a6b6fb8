import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { CatalogueBrowser } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import { Heading } from '@mkib/web-ui';

/** The LMS operators' area: the facility register with classification. */
export default function AdminApp({ request, session }: RemoteAppProps) {
  const { t } = useTranslation();
  return (
    <div data-remote="web_admin">
      <Heading level={1}>{t('remotes.web_admin')}</Heading>
      <FacilityRegister
        request={request}
        canClassify={session.party === 'lms' && session.roles.includes('lms-operator')}
      />
      <CatalogueBrowser request={request} />
    </div>
  );
}
