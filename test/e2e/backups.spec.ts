import { api, expect, shot, test } from './fixtures.ts';

// The administrator backs up, a record changes, and the restore (after its summary and the typed
// confirmation) brings the record back; the restore is in the change log of the restored data.

const firm = { name: 'PT Sebelum Cadangan', legalForm: 'PT', nib: '9120000007771', kbliCodes: ['55110'], businessScale: 'kecil', kecamatanCode: '51.03.06', bpjsStatus: 'pwbd', bpjsProgrammes: [] };

test('back up, change a record, see what a restore would change, restore it: the record is back', async ({ app: page, served }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const saved = await api<{ uid: string }>(served, 'employers.save', firm);

  await page.getByRole('link', { name: 'Cadangan & Pemulihan' }).click();
  await expect(page.getByRole('heading', { name: 'Cadangan & Pemulihan' })).toBeVisible();
  await expect(page.getByTestId('backup-status')).toContainText('Jadwal: setiap hari');
  const rows = page.getByTestId('backup-row');
  // A fresh data folder has no backup: the server takes the first one by itself soon after start.
  await expect(async () => {
    await page.reload();
    await expect(rows.filter({ hasText: 'terjadwal' })).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 120_000 });
  await page.getByTestId('backup-now').click();
  await expect(page.getByText(/Cadangan selesai: lindung-.*-manual\.db/)).toBeVisible({ timeout: 60_000 });
  const manual = rows.filter({ hasText: 'manual' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Perusahaan: 1');
  await expect(manual).toContainText('MB');
  await shot(page, 'backups-01-list');

  // Records change after the backup: five new firms, then the one edited.
  for (let n = 1; n <= 5; n++) await api(served, 'employers.save', { ...firm, name: `CV Baru Sesudah ${n}`, nib: `912000000779${n}` });
  await api(served, 'employers.save', { ...firm, uid: saved.uid, name: 'PT Sesudah Cadangan' });

  await manual.getByTestId('backup-restore').click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByTestId('restore-checksum')).toContainText('Sidik cadangan cocok');
  await expect(modal.getByTestId('restore-lost')).toContainText('PT Sesudah Cadangan');
  // Six changes: the newest five listed, all of them on asking (walk 35: "…dan 1 perubahan lain" could not be opened).
  await expect(modal.getByTestId('restore-lost')).toContainText('(6)');
  const lostItems = modal.getByTestId('restore-lost-list').getByRole('listitem');
  await expect(lostItems).toHaveCount(5);
  await modal.getByTestId('restore-lost-all').click();
  await expect(lostItems).toHaveCount(6);
  await expect(modal.getByTestId('restore-lost-list')).toContainText('CV Baru Sesudah 1');
  await expect(modal.getByTestId('restore-lost-all')).toHaveText('Tampilkan lebih sedikit');
  await expect(modal.getByTestId('restore-audit-kept')).toContainText('Riwayat perubahan tetap utuh');
  await expect(modal.getByTestId('restore-go')).toBeDisabled();
  await modal.getByTestId('restore-confirm').fill('pulihkan');
  await shot(page, 'backups-02-restore-summary');
  await modal.getByTestId('restore-go').click();
  await expect(page.getByText(/Dipulihkan dari lindung-.*-manual\.db/)).toBeVisible({ timeout: 60_000 });
  await expect(modal).toBeHidden();
  // The safety copy of the database before the restore is listed.
  await expect(rows.filter({ hasText: 'sebelum pemulihan' })).toHaveCount(1);
  await shot(page, 'backups-03-restored');

  // The record is back, as it was when the backup was taken.
  await page.getByRole('navigation').getByRole('link', { name: 'Perusahaan', exact: true }).click();
  await expect(page.getByTestId('employer-grid').getByRole('button', { name: 'PT Sebelum Cadangan' })).toBeVisible();
  await expect(page.getByTestId('employer-grid').getByRole('button', { name: 'PT Sesudah Cadangan' })).toHaveCount(0);

  // The restore is in the restored database's change log.
  await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
  await page.getByLabel('Cari').fill('Basis data');
  await expect(page.getByTestId('audit-grid').locator('.ag-row').first()).toContainText('pulihkan');
  // The edit made after the backup is still in the log, though the record went back.
  await page.getByLabel('Cari').fill('Sesudah');
  await expect(page.getByTestId('audit-grid').locator('.ag-row').filter({ hasText: 'PT Sesudah Cadangan' })).toHaveCount(1);
  await page.getByLabel('Cari').fill('Basis data');
  await shot(page, 'backups-04-change-log');

  // The screen in English.
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('link', { name: 'Backup & Restore' }).click();
  await expect(page.getByRole('heading', { name: 'Backup & Restore' })).toBeVisible();
  await expect(page.getByTestId('backup-list')).toContainText('before a restore');
  await shot(page, 'backups-05-en');
  await page.getByText('ID', { exact: true }).click();
});
