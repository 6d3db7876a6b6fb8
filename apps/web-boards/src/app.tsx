import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { BoardsWorkspace, CycleYear, RemindersBanner } from '@mkib/web-feature-icv';
import { Heading } from '@mkib/web-ui';
import { AuditorWorkspace } from '@mkib/web-workspaces';

/**
 * The boards' workspace: the SMB advises on the ICVs, the BMB decides. The Minister's auditor gets its
 * own workspace here: the audit trail, and the parties' ICVs and self-assessments read-only.
 */
export default function BoardsApp(props: RemoteAppProps) {
  const { client, session } = props;
  const { t } = useTranslation();
  if (session.roles.includes('auditor')) return <AuditorWorkspace {...props} remote="web_boards" />;
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
