/**
 * A spreadsheet program treats a cell starting with = + - @ (or a tab / CR) as a formula
 * when the file is opened or re-saved as CSV. Such text gets a leading apostrophe, the
 * convention Excel and LibreOffice both show as plain text (OWASP "CSV injection").
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
