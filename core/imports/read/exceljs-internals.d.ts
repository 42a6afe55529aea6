// The one exceljs module xlsx-reader.ts loads on its own (exceljs 4.4 ships no types for it).
declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  class StylesXform {
    /** Reads styles.xml from its text chunks. */
    parseStream(chunks: AsyncIterable<string>): Promise<unknown>;
    /** The style of cell style index `s` (`<c s="...">`); `numFmt` is the format code, built-in ids resolved. */
    getStyleModel(s: number): { numFmt?: string } | null;
  }
  export default StylesXform;
}
