/** A file the user gave the app (staged for import), as the hosts report it. */
export interface StagedFileInfo {
  token: string;
  name: string;
  bytes: number;
  sha256: string;
}

/** Largest file an import accepts (the reader's own limits apply inside). */
export const maxUploadBytes = 512 * 1024 * 1024;
