import type { Page } from '@playwright/test';
import { api, expect, shot, test } from './fixtures.ts';

// The duplicate review against a real `lindung serve` (Kabupaten Badung): people made through
// the API, the scan with its progress, one pair merged (its periods moved, the history saying
// so), another kept apart by keyboard, the merge undone, and a second scan that remembers the
// pair said to be two people. The tests share one database and run in order.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const dalung = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
const kerobokan = { kecamatanCode: '51.03.06', desaCode: '51.03.06.1002' };
const bpu = (startDate: string, endDate: string | null = null) => ({ segment: 'BPU', startDate, endDate, programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' });
let keptUid = '';
let mergedUid = '';

const pairs = (page: Page) => page.getByTestId('duplicate-pair');
const pairOf = (page: Page, name: RegExp) => pairs(page).filter({ has: page.getByRole('cell', { name }) });

async function openReview(page: Page) {
  await page.getByRole('link', { name: 'Duplikat pekerja', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tinjauan duplikat pekerja', level: 1 })).toBeVisible();
}

test('the scan finds a spelling variant and NIKs one digit apart, with the evidence side by side', async ({ app: page, served }) => {
  const save = (input: Record<string, unknown>) => api<{ person: { uid: string } }>(served, 'workers.save', input);
  keptUid = (await save({ nik: '5103061203850001', name: 'I Made Sudarsana', ...dalung, periods: [bpu('2023-01-01', '2023-12-31')] })).person.uid;
  mergedUid = (await save({ nik: '5103061203857342', name: 'Made Sudarsane', ...dalung, phone: '081234567890', periods: [bpu('2025-01-01')] })).person.uid;
  await save({ nik: '5103061506900011', name: 'I Wayan Suarta', ...dalung, periods: [bpu('2025-01-01')] });
  await save({ nik: '5103061506900017', name: 'Wayan Suarta', ...kerobokan, periods: [bpu('2025-01-01')] });
  await save({ nik: '5103062507850001', name: 'I Made Sudarsana', ...dalung, periods: [bpu('2025-01-01')] }); // same name, another birth date

  await openReview(page);
  await expect(page.getByTestId('duplicate-last-scan')).toHaveText(/Belum pernah dicari/);
  await page.getByTestId('duplicate-scan').click();
  await expect(page.getByTestId('duplicate-scan-done')).toContainText('2 pasangan dari 5 orang aktif');
  // Its time in Indonesian numbers: a decimal comma, never "0.2".
  await expect(page.getByTestId('duplicate-scan-done')).toHaveText(/\((\d+|\d+,\d+) detik\)\.$/);
  await expect(pairs(page)).toHaveCount(2);
  const variant = pairOf(page, /Made Sudarsane/);
  await expect(variant.getByText('Ejaan nama berbeda, tanggal lahir sama')).toBeVisible();
  const digit = pairOf(page, /Wayan Suarta/);
  await expect(digit.getByText('NIK beda satu angka')).toBeVisible();
  // The one digit that differs is marked on both sides.
  await expect(digit.getByTestId('nik-digit-differs')).toHaveText(['1', '7']);
  await shot(page, '90-duplikat-daftar');
});

test('a pair is merged keeping the left person: the periods move and the history says so', async ({ app: page }) => {
  await openReview(page);
  const variant = pairOf(page, /Made Sudarsane/);
  await variant.getByTestId('merge-keep-left').click();
  const modal = page.getByRole('dialog', { name: 'Gabungkan dua data ini?' });
  await expect(modal).toContainText('I Made Sudarsana (5103061203850001) dipertahankan');
  // Both have a name and they differ: the kept one stays unless ticked.
  await expect(modal.getByTestId('merge-take-name')).not.toBeChecked();
  // Enter alone merges nothing: the keyboard starts on Batal.
  await expect(modal.getByRole('button', { name: 'Batal' })).toBeFocused();
  // Its × has a name (every dialog's, from the theme): it was a nameless button (walk 33).
  await expect(modal.getByRole('button', { name: 'Tutup', exact: true })).toBeVisible();
  await shot(page, '91-duplikat-gabung');
  await modal.getByTestId('duplicate-merge-confirm').click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('Made Sudarsane (5103061203857342) digabung ke I Made Sudarsana (5103061203850001).');
  await expect(pairs(page)).toHaveCount(1);
  await expect(page.getByTestId('duplicate-merge-row')).toHaveCount(1);

  await page.evaluate((uid) => (window.location.hash = `#/register/pekerja/${uid}`), keptUid);
  await expect(page.getByTestId('worker-title')).toHaveText('I Made Sudarsana');
  await expect(page.getByText('081234567890').first()).toBeVisible(); // the phone it lacked, filled
  await expect(page.getByText('digabungkan').first()).toBeVisible();
  await shot(page, '92-duplikat-orang-digabung');

  // The record merged away says into whom (the NIK masked), not "never registered", and leads there.
  await page.evaluate((uid) => (window.location.hash = `#/register/pekerja/${uid}`), mergedUid);
  await expect(page.getByTestId('worker-title')).toHaveText('Made Sudarsane');
  await expect(page.getByText('Digabung ke NIK 510306******0001').first()).toBeVisible();
  await expect(page.getByText('Belum pernah terdaftar')).toHaveCount(0);
  // The reason names the kept NIK masked: it stays in the audit log after an undo (two people, most often).
  await expect(page.getByText('Salah input · ')).toContainText('digabung ke 510306******0001');
  await shot(page, '93-duplikat-data-digabung');
  // Only the merge's undo gives it back: its menu leads there instead of "back to active".
  await page.getByRole('button', { name: 'Status data', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Kembalikan ke aktif…' })).toHaveCount(0);
  await expect(page.getByTestId('undo-merge-there')).toHaveText('Batalkan penggabungan di Tinjauan duplikat…');
  await page.keyboard.press('Escape');
  // The greyed-out Ubah says why and where the record opens again (walk 30).
  await expect(page.getByRole('button', { name: 'Ubah', exact: true })).toBeDisabled();
  await page.getByTestId('person-edit-wrap').hover();
  await expect(page.getByRole('tooltip')).toHaveText('Data ini sudah digabung ke data lain; untuk mengubahnya, batalkan penggabungannya di Tinjauan duplikat.');
  await page.getByTestId('merged-into').first().click();
  await expect(page.getByTestId('worker-title')).toHaveText('I Made Sudarsana');
});

test('another pair is kept apart by keyboard, the merge is undone, and a new scan remembers the decision', async ({ app: page }) => {
  await openReview(page);
  const digit = pairOf(page, /Wayan Suarta/);
  await digit.getByTestId('mark-different').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('duplicate-notice')).toContainText('dua orang berbeda');
  await expect(pairs(page)).toHaveCount(0);
  // The pair went away with the focused button: the keyboard stays on the page, not on the document's body (walk 33).
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#page-content') != null)).toBe(true);

  await page.getByTestId('duplicate-undo').click();
  // Asked first, naming both (walk 34: one click undid it); "Batal" leaves it.
  const ask = page.getByRole('dialog', { name: 'Batalkan penggabungan ini?' });
  await expect(ask).toContainText('Made Sudarsane (5103061203857342) dipisahkan lagi dari I Made Sudarsana (5103061203850001)');
  await ask.getByRole('button', { name: 'Batal', exact: true }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('duplicate-merge-row')).not.toContainText('dibatalkan');
  await page.getByTestId('duplicate-undo').click();
  await ask.getByRole('button', { name: 'Ya, batalkan penggabungan' }).click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('Penggabungan dibatalkan');
  await expect(page.getByTestId('duplicate-merge-row')).toContainText('dibatalkan');
  await expect(pairs(page)).toHaveCount(1);
  await expect(pairOf(page, /Made Sudarsane/)).toHaveCount(1);

  await page.getByTestId('duplicate-scan').click();
  await expect(page.getByTestId('duplicate-scan-done')).toContainText('1 pasangan dari 5 orang aktif');
  await expect(pairOf(page, /Wayan Suarta/)).toHaveCount(0);
  await shot(page, '93-duplikat-sesudah-batal');
});

test('a period paid another way that would overlap is named in the merge dialog; the merge waits until it is left out', async ({ app: page, served }) => {
  const save = (input: Record<string, unknown>) => api<{ person: { uid: string } }>(served, 'workers.save', input);
  await save({ nik: '5103064507900002', name: 'Ni Kadek Sriani', ...dalung, periods: [bpu('2025-01-01')] });
  const sriani8 = (await save({ nik: '5103064507900008', name: 'Kadek Sriani', ...dalung, periods: [{ ...bpu('2024-07-01'), funding: 'mandiri' }] })).person.uid;
  await openReview(page);
  await page.getByTestId('duplicate-scan').click();
  await expect(page.getByTestId('duplicate-scan-done')).toContainText('2 pasangan dari 7 orang aktif');
  const sriani = pairOf(page, /Kadek Sriani/);
  await sriani.getByTestId('merge-keep-left').click();
  const modal = page.getByRole('dialog', { name: 'Gabungkan dua data ini?' });
  const clashes = modal.getByTestId('merge-clashes');
  await expect(clashes).toContainText('Periode yang bertumpang tindih');
  await expect(clashes.getByTestId('merge-drop-period')).toHaveCount(1);
  await expect(clashes).toContainText('sumber dana atau program pembayarnya berbeda');
  await expect(clashes).toContainText('Mandiri (bayar sendiri)');
  // Both people named with their NIK: two records of one name are told apart.
  await expect(clashes).toContainText('(5103064507900008)');
  await expect(modal.getByTestId('duplicate-merge-confirm')).toBeDisabled();
  await expect(modal.getByTestId('merge-clash-pending')).toBeVisible();
  await shot(page, '93b-duplikat-periode-tumpang-tindih');
  await clashes.getByRole('checkbox').check();
  await expect(modal.getByTestId('duplicate-merge-confirm')).toBeEnabled();
  await modal.getByTestId('duplicate-merge-confirm').click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('Kadek Sriani');
  await expect(pairOf(page, /Kadek Sriani/)).toHaveCount(0);
  // The period left out stays on the merged record's page, saying why.
  await page.evaluate((uid) => (window.location.hash = `#/register/pekerja/${uid}`), sriani8);
  await expect(page.getByTestId('merged-left-periods')).toContainText('dibiarkan pada data ini');
  await expect(page.getByTestId('worker-periods')).toContainText('1 Jul 2024');
  await openReview(page);
  // The merge, with the period it left out, can be undone.
  await page.getByTestId('duplicate-undo').first().click();
  await page.getByRole('dialog', { name: 'Batalkan penggabungan ini?' }).getByRole('button', { name: 'Ya, batalkan penggabungan' }).click();
  await expect(page.getByTestId('duplicate-notice')).toContainText('Penggabungan dibatalkan');
  await expect(pairOf(page, /Kadek Sriani/)).toHaveCount(1);
});
