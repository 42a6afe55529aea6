import { request } from '../../api/client.ts';
import type { DemoConfig } from '../../registers/DemoModal.tsx';
import { workerImport } from './worker-import.ts';

/** Demo people for an empty register (the register page's and Beranda's "Muat data contoh"). */
export const workerDemo: DemoConfig = {
  start: (count, coverageInputs) => request('workers.demo', { count, coverageInputs }),
  importScreen: workerImport,
  defaultCount: 1000,
  // Lives with the coverage input screens' words (renderer/src/coverage-inputs/messages.ts).
  option: { labelKey: 'cakupanInput.common.demoOption' },
};
