import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { BoardsWorkspace, CycleYear, RemindersBanner } from '@mkib/web-feature-icv';
import { Heading } from '@mkib/web-ui';

/** The boards' workspace: the SMB advises on the ICVs, the BMB decides; the Minister's auditor reads along. */
export default function BoardsApp({ client, session }: RemoteAppProps) {
  const { t } = useTranslation();
  return (
    <DataProvider client={client}>
      <div data-remote="web_boards">
        <Heading level={1}>{t('remotes.web_boards')}</Heading>
        <CycleYear>
          {(year) => (
            <>
              <RemindersBanner year={year} />
              <BoardsWorkspace year={year} session={session} />
            </>
          )}
        </CycleYear>
      </div>
    </DataProvider>
  );
}
