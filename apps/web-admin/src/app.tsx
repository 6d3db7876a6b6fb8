import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { PartyWorkspace } from '@mkib/web-workspaces';

/** The workspace of the LMS (beheerder): its own cycle, the facility register, the common catalogue and the BBN profiles. */
export default function AdminApp(props: RemoteAppProps) {
  const { t } = useTranslation();
  return <PartyWorkspace {...props} title={t('remotes.web_admin')} remote="web_admin" beheerder />;
}
