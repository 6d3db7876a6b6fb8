import { useCallback } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { toRequestError } from './errors';

/** An error as the user reads it: one message, and the problems of the form fields it has. */
export interface ErrorText {
  message: string;
  /** By field name (the last part of the server's path, e.g. `rationale` for `input.rationale`). */
  fields: Record<string, string>;
}

/** Codes with a generic text of their own (i18n `errors.codes.*`); anything else is a server failure. */
const CODES = [
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'NETWORK_ERROR',
  'SERVICE_UNAVAILABLE',
];

const fieldName = (path: string) =>
  path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop() ?? path;

/** The part of an i18next instance that `describeError` reads. */
type I18n = Pick<i18n, 'language' | 'exists' | 't'>;

/**
 * Says an error in the user's language. In Dutch: the server's message key from the `server` namespace
 * (libs/web/i18n/src/server-messages), else a generic text per code; never a raw code, field path or
 * the server's English. In English: the server's own message, except for an unexpected failure
 * (INTERNAL_SERVER_ERROR), which reads the generic text in both languages, with its reference. Problems of a field the form has
 * (`formFields`) go next to that field; the rest are listed under the message, without their paths.
 */
export function describeError(i18n: I18n, error: unknown, formFields: readonly string[] = []): ErrorText {
  const e = toRequestError(error);
  const dutch = !i18n.language?.startsWith('en');
  // Server keys contain dots but are flat: no key separator.
  const server = (key: string | undefined, params?: Record<string, unknown>) =>
    dutch && key && i18n.exists(key, { ns: 'server', keySeparator: false })
      ? i18n.t(key, { ...params, ns: 'server', keySeparator: false })
      : null;
  const generic = () => i18n.t(`errors.codes.${CODES.includes(e.code) ? e.code : 'INTERNAL_SERVER_ERROR'}`);
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const p of e.problems) {
    const text = dutch ? (server(p.key, p.params) ?? i18n.t('errors.field')) : p.message;
    const name = fieldName(p.field);
    if (formFields.includes(name) && !fields[name]) fields[name] = text;
    else loose.push(text);
  }
  // An unexpected failure has no text of its own, in any language: the generic one, with the reference
  // under which the server logged it, and the retry button of DataView next to it.
  const unexpected = e.code === 'INTERNAL_SERVER_ERROR';
  const main = dutch
    ? (server(e.i18n?.key, e.i18n?.params) ?? generic())
    : e.code === 'NETWORK_ERROR' || e.code === 'SERVICE_UNAVAILABLE' || unexpected
      ? generic()
      : e.message;
  const reference = unexpected && e.reference ? [i18n.t('errors.reference', { reference: e.reference })] : [];
  return { message: [main, ...loose, ...reference].join('\n'), fields };
}

/** `describeError` with the shared i18next instance, for components. */
export function useErrorText(): (error: unknown, formFields?: readonly string[]) => ErrorText {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (error: unknown, formFields?: readonly string[]) => describeError(i18n, error, formFields),
    // A new function when the language changes, so that what shows an error renders again.
    [i18n, language],
  );
}
