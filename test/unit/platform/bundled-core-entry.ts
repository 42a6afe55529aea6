// Run by bundled-core.test.ts from core bundled as the app ships it (bench/app-bundle.ts, the
// build of electron.vite.config.ts): a fresh office whose import reads on the built parse worker
// and commits on the built write worker, and whose backup runs on the built backup worker.
// Prints one line of JSON. Usage: node <bundle>/bench-entry.js <dataDir> <workersFolder> <migrationsFolder>
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Inspection } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { newSession } from '../../../core/accounts/session.ts';
import { startCore } from '../../../core/host.ts';
import { useBuiltWorkers, workerCode } from '../../../db/worker-code.ts';
import { routerCalls } from '../../../bench/router-calls.ts';

const [dataDir, workersFolder, migrationsFolder] = process.argv.slice(2) as [string, string, string];
useBuiltWorkers(pathToFileURL(`${workersFolder}/`));
const core = startCore({ dataDir, migrationsFolder, version: 'bundle-test', host: 'cli', backgroundCheckpoints: true });
const session = newSession();
const { call, finished: ended } = routerCalls(core.router, session, 20);

try {
  await call('auth.createFirstAdmin', { username: 'admin', displayName: 'Admin', password: 'bundle-password' });
  await call('setup.complete', { officeName: 'Uji Bundel', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
  const csv = Buffer.from(['Nama Perusahaan;NIB;Kecamatan', ...Array.from({ length: 300 }, (_, i) => `Usaha Bundel ${i};${9_150_000_000_000 + i};Kuta Utara`)].join('\n'));
  const staged = await core.runtime.files.stage('impor.csv', Readable.from([csv]), csv.length);
  const { headerRow, mapping } = await call<Inspection>('imports.inspect', { register: 'employer', fileToken: staged.token });
  const dryRun = await ended(await call<JobState>('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow, mapping }));
  await ended(await call<JobState>('imports.commit', { jobId: dryRun.id }));
  const page = await call<{ rowCount: number }>('registers.list', { register: 'employer', startRow: 0, endRow: 10, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel: {} });
  const backup = await ended(await call<JobState>('backups.create'));
  console.log(JSON.stringify({ rows: page.rowCount, backup: backup.status, parseWorker: workerCode('parse-worker').href }));
} finally {
  core.database.close();
}
