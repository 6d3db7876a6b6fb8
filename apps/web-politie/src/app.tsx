import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { CatalogueBrowser } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import { Heading } from '@mkib/web-ui';

/** The police workspace: for now the facility register, read-only, with who uses what. */
export default function PolitieApp({ request }: RemoteAppProps) {
  const { t } = useTranslation();
  return (
    <div data-remote="web_politie">
      <Heading level={1}>{t('remotes.web_politie')}</Heading>
      <FacilityRegister request={request} canClassify={false} />
      <CatalogueBrowser request={request} />
    </div>
  );
}
