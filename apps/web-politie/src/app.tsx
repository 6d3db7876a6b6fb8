import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { CatalogueBrowser, ImportWizard, PartyFrameworks } from '@mkib/web-feature-catalogue';
import { FacilityRegister } from '@mkib/web-feature-facilities';
import { Heading } from '@mkib/web-ui';

/**
 * The police workspace: the facility register read-only with what applies, the catalogue read-only, and
 * the party's own extra frameworks (its security officer attaches them and imports its own).
 */
export default function PolitieApp({ request, session }: RemoteAppProps) {
  const { t } = useTranslation();
  const [imports, setImports] = useState(0);
  const isSecurityOfficer = session.roles.includes('security-officer');
  return (
    <div data-remote="web_politie">
      <Heading level={1}>{t('remotes.web_politie')}</Heading>
      <FacilityRegister request={request} canClassify={false} />
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
    </div>
  );
}
