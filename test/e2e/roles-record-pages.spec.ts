import type { Browser, Page } from '@playwright/test';
import { api, changeGivenPassword, expect, pageSignedIn, shot, test, type Served } from './fixtures.ts';

// Walk 35 item 1, after the pemantau role: the server refuses a pemantau's writes, and the record
// pages no longer offer them (Ubah, Status data, Tambah tindak lanjut, a regulation's relations and
// commitments). In an import's history an operator sees Batalkan only on a batch the undo would
// allow: not on the administrator's import, where a short note says who can.

test.setTimeout(240_000);
test.use({ actionTimeout: 30_000 });
test.use({ viewport: { width: 1366, height: 768 } });

async function pageAs(browser: Browser, served: Served, username: string, given: string, own: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, close } = await pageSignedIn(browser, served, username, given);
  await changeGivenPassword(page, given, own);
  return { page, close };
}

const firm = { name: 'PT Hanya Dilihat', legalForm: 'PT', nib: '9120000007781', kbliCodes: ['55110'], businessScale: 'kecil', kecamatanCode: '51.03.06', bpjsStatus: 'pwbd', bpjsProgrammes: [] };
const person = { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [] };

test('a pemantau sees record pages without their edit buttons; an operator no Batalkan on the administrator\'s import', async ({ app: page, served, browser }) => {
  // The administrator's import of 5 employers (demo data loads into an empty register only).
  const started = await api<{ id: string }>(served, 'employers.demo', { count: 5 });
  await expect.poll(async () => (await api<{ status: string }>(served, 'jobs.get', { jobId: started.id })).status, { timeout: 120_000 }).toBe('done');
  const employer = await api<{ uid: string }>(served, 'employers.save', firm);
  const worker = await api<{ person: { uid: string } }>(served, 'workers.save', person);
  const regulation = await api<{ regulation: { uid: string } }>(served, 'regulations.save', { jenis: 'perbup', nomor: '48', tahun: 2023, judul: 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan (uji)', teuBadan: 'Badung (Kabupaten)' });
  await api(served, 'accounts.create', { username: 'wayan.lihat', displayName: 'Wayan Pengamat', role: 'pemantau', password: 'jeruk-nipis-gunung' });
  await api(served, 'accounts.create', { username: 'made.operator', displayName: 'Made Operator', role: 'operator', password: 'layang-biru-senja' });

  // The administrator has the actions (the same pages, for comparison).
  await page.goto(`${served.origin}/#/register/perusahaan/${employer.uid}`);
  await expect(page.getByRole('button', { name: 'Ubah', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tutup / hapus…' })).toBeVisible();

  const viewer = await pageAs(browser, served, 'wayan.lihat', 'jeruk-nipis-gunung', 'bulan-terang-malam');
  try {
    const v = viewer.page;
    await v.goto(`${served.origin}/#/register/perusahaan/${employer.uid}`);
    await expect(v.getByTestId('employer-title')).toHaveText('PT Hanya Dilihat');
    await expect(v.getByRole('button', { name: 'Ubah', exact: true })).toHaveCount(0);
    await expect(v.getByRole('button', { name: 'Tutup / hapus…' })).toHaveCount(0);
    await expect(v.getByTestId('record-actions').getByRole('button')).toHaveCount(0);
    await v.getByRole('tab', { name: /Tindak lanjut/ }).click();
    await expect(v.getByText('Belum ada tindak lanjut.')).toBeVisible();
    await expect(v.getByRole('button', { name: 'Tambah tindak lanjut' })).toHaveCount(0);
    await shot(v, 'roles-pages-01-pemantau-perusahaan');

    await v.goto(`${served.origin}/#/register/pekerja/${worker.person.uid}`);
    await expect(v.getByTestId('worker-title')).toHaveText('Ni Luh Putu Sukerti');
    await expect(v.getByRole('button', { name: 'Ubah', exact: true })).toHaveCount(0);
    await expect(v.getByRole('button', { name: 'Status data' })).toHaveCount(0);
    await expect(v.getByTestId('record-actions').getByRole('button')).toHaveCount(0);
    await shot(v, 'roles-pages-02-pemantau-pekerja');

    await v.goto(`${served.origin}/#/register/regulasi/${regulation.regulation.uid}`);
    await expect(v.getByTestId('regulation-title')).toBeVisible();
    await expect(v.getByTestId('regulation-edit')).toHaveCount(0);
    await expect(v.getByRole('button', { name: 'Status data' })).toHaveCount(0);
    await expect(v.getByTestId('commitment-add')).toHaveCount(0);
    await expect(v.getByTestId('relation-add')).toHaveCount(0);
    await expect(v.getByTestId('record-actions').getByRole('button')).toHaveCount(0);
    await shot(v, 'roles-pages-03-pemantau-regulasi');

    // The import screen's address says the role cannot open it (walk 37: "Data perusahaan tidak ditemukan").
    await v.goto(`${served.origin}/#/register/perusahaan/impor`);
    await expect(v.getByTestId('no-access')).toHaveText('Peran akun Anda tidak dapat membuka halaman ini. Bila Anda memerlukannya, minta administrator mengubah peran Anda.');
  } finally {
    await viewer.close();
  }

  const operator = await pageAs(browser, served, 'made.operator', 'layang-biru-senja', 'hujan-deras-siang');
  try {
    const o = operator.page;
    // The operator still edits records.
    await o.goto(`${served.origin}/#/register/perusahaan/${employer.uid}`);
    await expect(o.getByRole('button', { name: 'Ubah', exact: true })).toBeVisible();
    // The administrator's import: no Batalkan, a note why.
    await o.goto(`${served.origin}/#/register/perusahaan/impor?tab=riwayat`);
    const batchRow = o.getByTestId('import-history').getByRole('row', { name: /Data contoh 5 perusahaan/ });
    await expect(batchRow).toBeVisible();
    await expect(batchRow.getByRole('button', { name: /^Batalkan/ })).toHaveCount(0);
    await expect(batchRow.getByTestId('undo-not-yours')).toHaveText('Hanya pembuatnya atau kepala bidang ke atas yang dapat membatalkan.');
    await shot(o, 'roles-pages-04-operator-riwayat-impor');
  } finally {
    await operator.close();
  }

  // The administrator may undo it.
  await page.goto(`${served.origin}/#/register/perusahaan/impor?tab=riwayat`);
  await expect(page.getByTestId('import-history').getByRole('row', { name: /Data contoh 5 perusahaan/ }).getByRole('button', { name: /^Batalkan/ })).toBeVisible();
});
