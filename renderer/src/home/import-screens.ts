import { aggregateImport, denominatorImport } from '../coverage-inputs/coverage-input-imports.ts';
import { employerImport } from '../features/import-routes.tsx';
import type { ImportScreenConfig } from '../pages/imports/import-screen-config.ts';
import { regulationImport } from '../pages/regulations/regulation-import.ts';
import { workerImport } from '../pages/workers/worker-import.ts';

// Each register an import can go to, by its key in import_batch: the register's name (its own
// menu entry's words) and its import screen, whose history tab lists the import.

export interface ImportedRegister {
  /** i18n key of the register's name. */
  label: string;
  screen: ImportScreenConfig;
}

export const importedRegisters: Record<string, ImportedRegister> = {
  [employerImport.register]: { label: 'employers.nav.register', screen: employerImport },
  [workerImport.register]: { label: 'pekerja.nav.register', screen: workerImport },
  [regulationImport.register]: { label: 'regulasi.nav.register', screen: regulationImport },
  [denominatorImport.register]: { label: 'cakupanInput.nav.denominators', screen: denominatorImport },
  [aggregateImport.register]: { label: 'cakupanInput.nav.aggregates', screen: aggregateImport },
};

/** Where an import is listed: its register's import screen, on the history tab. */
export const importHistoryPath = (screen: ImportScreenConfig) => `/${screen.path}?tab=riwayat`;
