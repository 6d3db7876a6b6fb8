export { MailPreferenceForm, NotificationList, NotificationsButton } from './notification-list';
export { MailOutbox } from './mail-outbox';
export { ReminderSettingsForm } from './reminder-settings';
export { isInternalLink, pathIsOf, tabForPath } from './links';
export { reminderWhat, validLeadDays, windowWording } from './wording';
