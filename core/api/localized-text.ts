/** A sentence in both of the app's languages. */
export interface LocalizedText {
  /** Bahasa Indonesia */
  readonly id: string;
  /** English */
  readonly en: string;
}
