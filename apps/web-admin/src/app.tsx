import { useTranslation } from 'react-i18next';
import { DataProvider, RemoteAppProps } from '@mkib/web-data-access';
import { MailOutbox, ReminderSettingsForm } from '@mkib/web-feature-notifications';
import { PartyWorkspace } from '@mkib/web-workspaces';

/**
 * The workspace of the LMS (beheerder): its own cycle, the facility register, the common catalogue and the
 * BBN profiles; for its operator also the reminder lead times and the mail the platform sent.
 */
export default function AdminApp(props: RemoteAppProps) {
  const { t } = useTranslation();
  const operator = props.session.party === 'lms' && props.session.roles.includes('lms-operator');
  return (
    <>
      <PartyWorkspace {...props} title={t('remotes.web_admin')} remote="web_admin" beheerder />
      {operator && (
        <DataProvider client={props.client}>
          <ReminderSettingsForm />
          <MailOutbox />
        </DataProvider>
      )}
    </>
  );
}
