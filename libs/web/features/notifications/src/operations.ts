import { graphql } from '@mkib/web-data-access';

/** Notifications, the e-mail preference, the mail outbox and the reminder lead times, typed by `npm run codegen`. */

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on NotificationList {
    unread
    items {
      id
      milestone
      kind
      party
      deadline
      daysLeft
      subjectId
      title
      link
      read
    }
  }
`);

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications {
    myNotifications {
      ...NotificationFields
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {
    markNotificationsRead(ids: $ids, read: $read) {
      ...NotificationFields
    }
  }
`);

export const MY_MAIL_PREFERENCE = graphql(`
  query MyMailPreference {
    myMailPreference {
      digest
      email
    }
  }
`);

export const SET_MAIL_PREFERENCE = graphql(`
  mutation SetMailPreference($digest: DigestFrequency!) {
    setMailPreference(digest: $digest) {
      digest
      email
    }
  }
`);

export const MAIL_OUTBOX = graphql(`
  query MailOutbox($limit: Int, $offset: Int) {
    mailOutbox(limit: $limit, offset: $offset) {
      total
      items {
        id
        to
        subject
        text
        createdAt
        channel
      }
    }
  }
`);

export const SEND_DIGEST = graphql(`
  mutation SendReminderDigest {
    sendReminderDigest {
      day
      sent
    }
  }
`);

export const REMINDER_SETTINGS = graphql(`
  query ReminderSettings {
    reminderSettings {
      milestone
      leadDays
      isDefault
    }
  }
`);

export const SET_LEAD_TIME = graphql(`
  mutation SetReminderLeadTime($milestone: Milestone!, $leadDays: Int!) {
    setReminderLeadTime(milestone: $milestone, leadDays: $leadDays) {
      milestone
      leadDays
      isDefault
    }
  }
`);
