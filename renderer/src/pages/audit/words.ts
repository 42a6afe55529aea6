import type { TFunction } from 'i18next';
import { anonymousActorName, systemActorName } from '../../../../core/api/audit.ts';
import type { LocalizedText } from '../../../../core/api/localized-text.ts';
import { messageNamespace } from '../../../../core/api/messages/message.ts';
import './messages.ts';

// The change log's words on screen: a text the backend gives in both languages, an action or
// an entity in the change log's own words (the same the search indexes), the actor.

/** The half of a bilingual text in the language on screen; "—" when empty. */
export const inLanguage = (text: LocalizedText | null | undefined, language: string): string => (text ? (language === 'en' ? text.en : text.id) : '—');

/** An action in words; with its entity, that entity's own word where it has one (a person "removed" is marked entered in error). */
export const actionWords = (t: TFunction, action: string, entity?: string) => {
  const general = t(`audit.actions.${action}`, { ns: messageNamespace, defaultValue: action });
  return entity ? t(`audit.entityActions.${entity}.${action}`, { ns: messageNamespace, defaultValue: general }) : general;
};
export const entityWords = (t: TFunction, entity: string) => t(`audit.entities.${entity}`, { ns: messageNamespace, defaultValue: entity });

/** The actor: the signed-in account's name (older rows: the computer user's); the app itself in the language on screen. */
export const actorWords = (t: TFunction, name: string) =>
  name === systemActorName ? t('changeLog.system') : name === anonymousActorName ? t('changeLog.anonymous') : t('changeLog.actor', { name });
