import i18next, { type i18n } from 'i18next';
import type { LocalizedText } from './api/localized-text.ts';
import { catalogue, type MessageKey } from './api/messages/catalogue.ts';
import { addFormats } from './api/messages/formats.ts';
import { messageNamespace, translate, type Message, type MessageLanguage, type MessageParam } from './api/messages/message.ts';

// The backend's side of the one message mechanism: services say `msg('imports.noRows', {...})`
// and pass the Message on (errors, row problems); the CLI, log lines and written files put it
// into words here, with the same catalogues and i18next rules (plurals, id-ID numbers) the
// renderer uses.

let instance: i18n | null = null;

function words(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: { id: { [messageNamespace]: catalogue.id }, en: { [messageNamespace]: catalogue.en } },
    ns: [messageNamespace],
    defaultNS: messageNamespace,
    lng: 'id',
    fallbackLng: 'id',
    initAsync: false, // resources are in memory: ready at once
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addFormats(created);
  instance = created;
  return created;
}

/** A coded message of the shared catalogues. */
export function msg(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

/** A message in words, in one language. */
export function render(message: Message, language: MessageLanguage = 'id'): string {
  const t = words().getFixedT(language, messageNamespace);
  return translate((key, params) => t(key, params), message, language);
}

/** Both languages at once (the CLI prints both; errors carry both for hosts without the catalogue). */
/**
 * Words made in each language by the caller: data that reads the same in both (a name), or a
 * value formatted per language (a number). Never a sentence: those are catalogue messages.
 */
export function inBoth(say: (language: MessageLanguage) => string): LocalizedText {
  return { id: say('id'), en: say('en') };
}

export function renderBoth(message: Message): LocalizedText {
  return { id: render(message, 'id'), en: render(message, 'en') };
}

/**
 * Words a register brings along (its fields, its values, its messages), under its own top-level
 * key: the shared floors never name them, the register passes them in.
 */
export function addMessages(words_: { id: Record<string, unknown>; en: Record<string, unknown> }): void {
  const i = words();
  for (const language of ['id', 'en'] as const) i.addResourceBundle(language, messageNamespace, words_[language], true, false);
}

/** True when the catalogues hold this key (a register's words were added, say). */
export function hasMessage(key: string): boolean {
  return words().exists(key, { ns: messageNamespace });
}
