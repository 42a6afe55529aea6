import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPath } from '../../../core/documents/content-store.ts';
import { startCore } from '../../../core/host.ts';
import { signInFirstAdmin } from '../support/accounts.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung documents verify` as a scheduled task runs it: a real process on a real data folder.
// Exit 0 when every stored document matches its hash, 1 when one changed or is missing.

const dir = tempDir('lindung-documents-cli-');
const verify = () => {
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dir.path, 'documents', 'verify'], { encoding: 'utf8', timeout: 180_000 });
  if (run.error) throw run.error;
  return { code: run.status, out: run.stdout, err: run.stderr };
};
let sha = '';

beforeAll(async () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  try {
    const session = await signInFirstAdmin(core.router);
    const staged = await core.runtime.files.stage('perda-10-2019.pdf', Readable.from([await textPdf(['Peraturan Daerah Provinsi Bali Nomor 10 Tahun 2019.'])]), 1e8);
    const attached = await core.router.call('documents.attach', { entity: 'regulation', entityUid: 'reg-1', fileToken: staged.token }, session);
    if (!attached.ok) throw new Error(attached.error.message);
    sha = (attached.data as { sha256: string }).sha256;
  } finally {
    core.database.close();
  }
}, 180_000);
afterAll(() => dir.remove());

describe('lindung documents verify', () => {
  it('exits 0 when every document matches, 1 naming the one that changed or went missing', () => {
    const ok = verify();
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('OK: 1 dokumen utuh');

    const path = contentPath(dir.path, sha);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0x20, bytes.length - 20);
    writeFileSync(path, bytes);
    const changed = verify();
    expect(changed.code).toBe(1);
    expect(changed.err).toContain(`BERUBAH: perda-10-2019.pdf (${sha})`);
    expect(changed.err).toContain(`CHANGED: perda-10-2019.pdf`);

    rmSync(path);
    const missing = verify();
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`HILANG: perda-10-2019.pdf (${sha})`);
  }, 300_000);
});
