import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { PartyWorkspace } from '@mkib/web-workspaces';

/** The workspace of ambulance: its register, catalogue, self-assessment, ICV, co-users and instructions. */
export default function AmbulanceApp(props: RemoteAppProps) {
  const { t } = useTranslation();
  return <PartyWorkspace {...props} title={t('remotes.web_ambulance')} remote="web_ambulance" />;
}
