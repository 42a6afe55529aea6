import { request } from '../../api/client.ts';
import { employerImport } from '../../features/import-routes.tsx';
import type { DemoConfig } from '../../registers/DemoModal.tsx';

/** Demo employers for an empty register (the register page's and Beranda's "Muat data contoh"). */
export const employerDemo: DemoConfig = { start: (count) => request('employers.demo', { count }), importScreen: employerImport, defaultCount: 500 };
