import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { PartyWorkspace } from '@mkib/web-workspaces';

/** The workspace of politie: its register, catalogue, self-assessment, ICV, co-users and instructions. */
export default function PolitieApp(props: RemoteAppProps) {
  const { t } = useTranslation();
  return <PartyWorkspace {...props} title={t('remotes.web_politie')} remote="web_politie" />;
}
