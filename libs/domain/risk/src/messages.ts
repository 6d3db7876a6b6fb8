import { messagesOf } from '@mkib/domain-shared';

/**
 * The risk context's messages: stable key to English template (API users read the English, the web
 * shows the Dutch of libs/web/i18n/src/server-messages/risk.ts). Field rules every context shares use
 * `shared`'s keys instead.
 */
export const riskMessages = {
  'risk.facility.notFound': 'There is no facility with code "{{code}}". Known codes: {{known}}.',
  'risk.bbn.level': 'must be 1, 2 or 3',
  'risk.rationale.required': 'is required: explain why the facility gets this rating',
  'risk.reviewDue.future': 'must be after today',
  'risk.reviewDue.tooFar': 'must be at most {{years}} years ahead: the rating is re-calibrated regularly',
} as const;

export const risk = messagesOf(riskMessages);
