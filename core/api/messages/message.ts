// A message the backend says to a user: a key in the shared catalogues (catalogue.ts) and its
// parameters. Core renders it for the CLI, logs and files (core/messages.ts); the renderer
// looks the same key up in the language on screen. No sentence is written out in code.

/**
 * Words a user wrote in both languages (an editable list's label, from the database): not code
 * text, so not in a catalogue; the message picks the language it is said in.
 */
export interface UserWords {
  readonly userWords: { readonly id: string; readonly en: string };
}

/** A parameter: a value to put in, another message (a field's label, a sheet's name in words), or a user's words. */
export type MessageParam = string | number | Message | UserWords;

export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';

/** Languages of the catalogues: Bahasa Indonesia first. */
export const messageLanguages = ['id', 'en'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

/** The i18next namespace the shared catalogues live in (the renderer keeps its own screens' words in another). */
export const messageNamespace = 'core';

/**
 * A message in words, given a lookup `t(key, params)` (i18next's, in core or in the renderer):
 * message parameters are put into words first, so "{{field}}" reads "Nama perusahaan".
 */
export function translate(t: (key: string, params: Record<string, unknown>) => string, message: Message, language: MessageLanguage): string {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = typeof value !== 'object' ? value : 'userWords' in value ? value.userWords[language] : translate(t, value, language);
  }
  return t(message.key, params);
}
