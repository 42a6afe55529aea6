import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogue } from '../../../core/api/messages/catalogue.ts';
import { addFormats } from '../../../core/api/messages/formats.ts';
import { messageNamespace, translate, type Message } from '../../../core/api/messages/message.ts';
import { en } from './en.ts';
import { id } from './id.ts';

export const languages = [
  { code: 'id', label: 'Bahasa Indonesia' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof languages)[number]['code'];

const storageKey = 'lindung.language';
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);

void i18n.use(initReactI18next).init({
  // The backend's words (errors, import problems) are the shared catalogues, in their own namespace.
  resources: { id: { translation: id, [messageNamespace]: catalogue.id }, en: { translation: en, [messageNamespace]: catalogue.en } },
  lng: stored === 'en' ? 'en' : 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
addFormats(i18n);

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * Each feature keeps its own strings beside its screen and registers them under one
 * top-level key: `registerMessages('calculator', { id: {...}, en: {...} })`. The type
 * makes the English file carry every Indonesian key.
 */
export function registerMessages<T extends object>(namespace: string, messages: { id: T; en: Widen<T> }): void {
  i18n.addResourceBundle('id', 'translation', { [namespace]: messages.id }, true, true);
  i18n.addResourceBundle('en', 'translation', { [namespace]: messages.en }, true, true);
}

type AuditLabels = { fields?: Record<string, string>; entities?: Record<string, string>; actions?: Record<string, string> };

/**
 * A feature's labels for the change history (the audit grid and AuditDiff): its fields,
 * entities and actions, added under `audit.*` without overwriting labels already there.
 */
export function registerAuditLabels(labels: { id: AuditLabels; en: AuditLabels }): void {
  i18n.addResourceBundle('id', 'translation', { audit: labels.id }, true, false);
  i18n.addResourceBundle('en', 'translation', { audit: labels.en }, true, false);
}

/** A coded message from the backend, in the language on screen. */
export function sayMessage(message: Message): string {
  return translate((key, params) => i18n.t(key, { ...params, ns: messageNamespace }), message, i18n.language === 'en' ? 'en' : 'id');
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
