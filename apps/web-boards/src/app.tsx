import { useTranslation } from 'react-i18next';
import type { RemoteAppProps } from '@mkib/web-data-access';
import { BoardsWorkspace, currentCycleYear, RemindersBanner } from '@mkib/web-feature-icv';
import { Heading } from '@mkib/web-ui';

/** The boards' workspace: the SMB advises on the ICVs, the BMB decides; the Minister's auditor reads along. */
export default function BoardsApp({ request, session }: RemoteAppProps) {
  const { t } = useTranslation();
  return (
    <div data-remote="web_boards">
      <Heading level={1}>{t('remotes.web_boards')}</Heading>
      <RemindersBanner request={request} year={currentCycleYear()} />
      <BoardsWorkspace request={request} year={currentCycleYear()} session={session} />
    </div>
  );
}
