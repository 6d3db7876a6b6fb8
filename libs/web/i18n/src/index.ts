import i18next, { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Language, resources } from './resources';
import { serverMessagesNl } from './server-messages';

export { resources, LANGUAGES } from './resources';
export { serverMessagesNl } from './server-messages';
export type { Language } from './resources';

const STORAGE_KEY = 'mkib.language';

/**
 * The one i18next instance. The shell creates it; the remotes share i18next and react-i18next as
 * Module Federation singletons, so `useTranslation()` in a remote reads this same instance.
 */
export async function initI18n(): Promise<I18n> {
  if (i18next.isInitialized) return i18next;
  const stored = (typeof localStorage !== 'undefined' &&
    localStorage.getItem(STORAGE_KEY)) as Language | null;
  await i18next.use(initReactI18next).init({
    // `server`: the Dutch texts of the server's message keys (English users read the server's text).
    resources: { nl: { ...resources.nl, server: serverMessagesNl }, en: resources.en },
    lng: stored === 'en' ? 'en' : 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}
