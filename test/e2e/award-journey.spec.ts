import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import PDFDocument from 'pdfkit';
import { api, apiHeaders, expect, pickByKeyboard, saveOfficeProfile, screenshotDir, shot, signIn, test, type Served } from './fixtures.ts';

// Issue 16's judged flow as an office preparing its Paritrana file, against a real
// `lindung serve` (Kabupaten Badung): a 2025 cycle created, the starter rubric copied, evidence of
// four kinds added (a regulation, a PDF, a frozen coverage table, a narrative with a heading and a
// list), completeness rising with each, the head's approval with its frozen month, the lock (an
// edit sent from a form opened before the approval is refused with its message), and the approval
// withdrawn with a reason. Serial, one database. The last test builds the package of that cycle
// (its job to the end), verifies it (intact, a byte changed, a file missing, a file added) and
// writes the interview brief.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

// Made when the tests run, not when the file is loaded (Playwright loads it to list the tests too).
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lindung-award-journey-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const edition = 'Paritrana Award Provinsi Bali 2025 (uji)';
const head = { headName: 'I Made Uji Santosa', headNip: '197005121998031007' };
let cycleUrl = '';

/** A dialog as the user sees it: the window only (a full-page shot puts it mid-page). */
const shotWindow = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });

/** A two-page PDF written here with pdfkit: a decree with text on it. */
async function decreePdf(path: string): Promise<void> {
  const doc = new PDFDocument({ size: 'A4' });
  const done = new Promise<void>((resolve) => doc.pipe(createWriteStream(path)).on('finish', () => resolve()));
  doc.fontSize(16).text('KEPUTUSAN BUPATI BADUNG (uji)', { align: 'center' });
  doc.moveDown().fontSize(11).text('Tentang Tim Koordinasi Jaminan Sosial Ketenagakerjaan Kabupaten Badung Tahun 2025.');
  doc.addPage().text('Lampiran: susunan keanggotaan tim koordinasi.');
  doc.end();
  await done;
}

async function prepareOffice(served: Served) {
  await saveOfficeProfile(served, head);
  await api(served, 'regulations.save', { jenis: 'perbup', nomor: '48', tahun: 2023, judul: 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan (uji)', teuBadan: 'Badung (Kabupaten)' });
  // The month the coverage table and the approval come from: December 2025, the period's last.
  await api(served, 'coverage.freeze', { month: '2025-12' });
}

const indicatorBlock = (page: Page, title: string) => page.getByTestId('indicator-block').filter({ hasText: title });
const overall = (page: Page) => page.getByTestId('completeness-overall-text');
let indicators = 0;
/** The overall line: an indicator without evidence counts as one item not ready (core/award/completeness.ts). */
function overallText(ready: number, items: number, indicatorsWithItems: number): string {
  const without = indicators - indicatorsWithItems;
  const percent = Math.round((ready / (items + without)) * 100);
  if (items === 0) return `Belum ada bukti: ${without} indikator belum punya bukti · ${percent} %`;
  return without > 0 ? `${ready} dari ${items} bukti siap, ${without} indikator tanpa bukti · ${percent} %` : `${ready} dari ${items} bukti siap · ${percent} %`;
}
const evidenceForm = (page: Page) => page.getByRole('dialog').filter({ has: page.getByRole('form', { name: 'Formulir bukti' }) });

async function openNewEvidence(page: Page, indicatorTitle: string): Promise<Locator> {
  await indicatorBlock(page, indicatorTitle).getByTestId('evidence-add').click();
  const form = evidenceForm(page);
  await expect(form).toBeVisible();
  return form;
}

/**
 * Opens a Select of the form and picks an option by its name. A click that lands while the
 * dialog is still settling can leave the list closed (CI, once: the option was waited for until
 * the test's five minutes ran out), so the field is clicked again, as a person would, until the
 * option shows.
 */
async function choose(form: Locator, field: string, option: string) {
  const box = form.getByRole('combobox', { name: field });
  const item = form.page().getByRole('option', { name: option, exact: true });
  await expect(async () => {
    if (!(await item.isVisible())) await box.click();
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await item.click();
}

const chooseKind = (form: Locator, kind: string) => choose(form, 'Jenis bukti', kind);
const chooseState = (form: Locator, state: string) => choose(form, 'Status', state);

/** The attendance list of the village socialisation: not started ('Belum'), its due date passed. */
async function addOverdueAttendance(page: Page): Promise<void> {
  const form = await openNewEvidence(page, 'Kegiatan sosialisasi');
  await form.getByTestId('evidence-title').fill('Daftar hadir sosialisasi desa');
  await form.getByTestId('evidence-owner').fill('Wayan Uji');
  await form.getByLabel('Tenggat').fill('15/01/2026');
  await chooseState(form, 'Belum');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('heading', { name: 'Dokumen bukti' })).toBeVisible();
  await form.getByRole('button', { name: 'Batal' }).click();
  await expect(form).toBeHidden();
}

test('a 2025 cycle: starter rubric, evidence of four kinds, completeness rising, approval, the lock, withdrawal', async ({ app: page, served }) => {
  await prepareOffice(served);
  await decreePdf(join(dir, 'sk-tim-jamsostek.pdf'));

  // The cycles list, empty: it says what to do.
  await page.getByRole('link', { name: 'Paritrana', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Paritrana Award', level: 1 })).toBeVisible();
  await expect(page.getByTestId('cycles-empty')).toBeVisible();
  await shot(page, 'aw1-daftar-siklus-kosong');

  // Siklus baru (Ctrl+N): the year moves the edition's name and the period with it.
  await page.keyboard.press('Control+n');
  const cycleForm = page.getByRole('dialog').filter({ has: page.getByRole('form', { name: 'Formulir siklus Paritrana' }) });
  await expect(cycleForm).toBeVisible();
  await cycleForm.getByTestId('cycle-year').fill('2025');
  await expect(cycleForm.getByTestId('cycle-edition')).toHaveValue('Paritrana Award 2025');
  await expect(cycleForm.getByTestId('cycle-periodStart')).toHaveValue('01/01/2025');
  await expect(cycleForm.getByTestId('cycle-periodEnd')).toHaveValue('31/12/2025');
  // An edition name too short is refused on its field; what was typed elsewhere stays.
  await cycleForm.getByTestId('cycle-edition').fill('P');
  await cycleForm.getByLabel('Batas pengumpulan').fill('31/03/2026');
  await cycleForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(cycleForm.getByText('Wajib diisi.')).toBeVisible();
  await expect(cycleForm.getByLabel('Batas pengumpulan')).toHaveValue('31/03/2026');
  await shotWindow(page, 'aw2-siklus-baru-ditolak');
  await cycleForm.getByTestId('cycle-edition').fill(edition);
  await cycleForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('cycle-title')).toHaveText(edition);
  await expect(page.getByTestId('cycle-dates')).toContainText('1 Jan 2025');
  await expect(page.getByTestId('cycle-dates')).toContainText('31 Mar 2026');
  cycleUrl = page.url();

  // The empty rubric offers the starter; copied, its aspects come with their indicators.
  await expect(page.getByTestId('rubric-empty')).toBeVisible();
  await shot(page, 'aw3-rubrik-kosong');
  await page.getByTestId('rubric-copy-starter').click();
  await expect(page.getByTestId('aspect-card').first()).toContainText('Regulasi dan kebijakan');
  indicators = await page.getByTestId('indicator-block').count();
  expect(indicators).toBeGreaterThan(10);
  await expect(overall(page)).toHaveText(overallText(0, 0, 0));
  await shot(page, 'aw4-rubrik-awal');

  // 1. A regulation of the register, ready.
  let form = await openNewEvidence(page, 'Perda atau Perkada tentang jaminan sosial');
  await expect(form.getByTestId('evidence-title')).toBeFocused();
  // Judul left empty to choose Jenis first is not "Wajib diisi" yet (walk 32); a save says it.
  await chooseKind(form, 'Regulasi');
  await expect(form.getByText('Wajib diisi.')).toHaveCount(0);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Wajib diisi.').first()).toBeVisible();
  await form.getByTestId('evidence-title').fill('Perbup Badung tentang pekerja rentan');
  await form.getByTestId('evidence-owner').fill('Ni Luh Uji');
  await pickByKeyboard(form.getByRole('combobox', { name: 'Peraturan' }), 'Pekerja Rentan', 'Pekerja Rentan');
  await chooseState(form, 'Siap');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  const regulationRow = indicatorBlock(page, 'Perda atau Perkada tentang jaminan sosial').getByTestId('evidence-row');
  await expect(regulationRow).toContainText('Perbup Badung tentang pekerja rentan');
  await expect(regulationRow.getByTestId('evidence-state-badge')).toHaveText('Siap');
  await expect(overall(page)).toHaveText(overallText(1, 1, 1));

  // 2. A PDF: the item is saved first, stays open, takes the document, then is marked ready.
  form = await openNewEvidence(page, 'Tim atau satgas jaminan sosial');
  await form.getByTestId('evidence-title').fill('SK Tim Koordinasi Jamsostek 2025');
  // The owner picked from the office's accounts: the name fills in.
  await pickByKeyboard(form.getByRole('combobox', { name: 'Akun penanggung jawab' }), 'Admin', 'Admin Dinas');
  await expect(form.getByTestId('evidence-owner')).toHaveValue('Admin Dinas');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('heading', { name: 'Dokumen bukti' })).toBeVisible();
  await expect(overall(page)).toHaveText(overallText(1, 2, 2));
  await form.locator('input[type="file"]').setInputFiles(join(dir, 'sk-tim-jamsostek.pdf'));
  await expect(form.getByTestId('document-row')).toContainText('sk-tim-jamsostek.pdf');
  await expect(form.getByTestId('document-row')).toContainText('2 halaman');
  await shotWindow(page, 'aw5-bukti-dokumen');
  await chooseState(form, 'Siap');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(overall(page)).toHaveText(overallText(2, 2, 2));

  // 3. A coverage table from the frozen month.
  form = await openNewEvidence(page, 'Cakupan peserta PU per 31 Desember');
  await chooseKind(form, 'Angka cakupan');
  await form.getByTestId('evidence-title').fill('Cakupan per kecamatan, Desember 2025');
  await form.getByRole('combobox', { name: 'Bulan beku' }).click();
  await page.getByRole('option', { name: /^Des 2025/ }).first().click();
  await choose(form, 'Angka atau tabel', 'Tabel per kecamatan');
  await chooseState(form, 'Siap');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(overall(page)).toHaveText(overallText(3, 3, 3));

  // 4. A narrative written here, with a heading and a bulleted list.
  form = await openNewEvidence(page, 'Inovasi yang bernama dan berdasar hukum');
  await chooseKind(form, 'Uraian');
  await form.getByTestId('evidence-title').fill('Inovasi "Badung Lindungi Pekerja"');
  const editor = form.locator('.ProseMirror');
  await editor.click();
  await form.getByRole('button', { name: 'Judul', exact: true }).click();
  await page.keyboard.type('Badung Lindungi Pekerja');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sejak 2024 desa mendaftarkan warga rentan:');
  await page.keyboard.press('Enter');
  await form.getByRole('button', { name: 'Daftar berbutir' }).click();
  await page.keyboard.type('petani dan nelayan');
  await page.keyboard.press('Enter');
  await page.keyboard.type('pekerja adat dan keagamaan');
  await expect(editor.locator('h2')).toHaveText('Badung Lindungi Pekerja');
  await expect(editor.locator('ul > li')).toHaveCount(2);
  await chooseState(form, 'Siap');
  await shotWindow(page, 'aw6-bukti-uraian');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(overall(page)).toHaveText(overallText(4, 4, 4));

  // An item not started ('Belum') with a due date passed: overdue, listed on the cycle's page.
  // (Approval refuses it, as it refuses a draft: the head removes it before approving, below.)
  await addOverdueAttendance(page);
  await expect(overall(page)).toHaveText(overallText(4, 5, 5));
  await expect(page.getByTestId('overdue-panel')).toContainText('Daftar hadir sosialisasi desa');
  await expect(indicatorBlock(page, 'Kegiatan sosialisasi').getByTestId('evidence-overdue')).toBeVisible();
  await page.getByTestId('completeness-panel').scrollIntoViewIfNeeded();
  await shot(page, 'aw7-kelengkapan-dan-terlambat');

  // The self-assessment (Alt+2): A.1 scored 4 of 5 with its reason; the aspect's total and its
  // weighted share (aspect weight × score ÷ maximum, the indicators being unweighted) follow.
  await page.keyboard.press('Alt+2');
  const aspectA = page.getByTestId('self-aspect').first();
  await expect(aspectA.getByTestId('self-row').first()).toBeVisible();
  const aRows = await aspectA.getByTestId('self-row').count();
  await aspectA.getByTestId('self-row').first().getByTestId('self-score').fill('4');
  await aspectA.getByTestId('self-row').first().getByTestId('self-note').fill('Perbup 48/2023 berlaku; Perda belum ada.');
  await aspectA.getByTestId('self-row').first().getByTestId('self-save').click();
  const weighted = ((20 * 4) / (aRows * 5)).toLocaleString('id-ID', { maximumFractionDigits: 2 });
  await expect(aspectA.getByTestId('self-aspect-total')).toHaveText(`Jumlah aspek A: 4 dari ${aRows * 5} · tertimbang: ${weighted} dari 20`);
  await expect(page.getByTestId('self-total')).toContainText(`Nilai tertimbang keseluruhan: ${weighted} dari 100`);
  // A score above the maximum is refused on its field.
  await aspectA.getByTestId('self-row').nth(1).getByTestId('self-score').fill('7');
  await expect(aspectA.getByText('Nilai 0 sampai 5.')).toBeVisible();
  await expect(aspectA.getByTestId('self-row').nth(1).getByTestId('self-save')).toBeDisabled();
  await shotWindow(page, 'aw7b-penilaian-awal');
  // Leaving the tab with that row typed and not saved asks first; discarding goes on.
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('leave-dialog')).toBeVisible();
  await shotWindow(page, 'aw7c-tinggalkan-isian');
  await page.getByTestId('leave-discard').click();
  await expect(page.getByTestId('completeness-panel')).toBeVisible();

  // Approved items: the head of the section approves the regulation item.
  await regulationRow.getByTestId('evidence-approve').click();
  await expect(regulationRow.getByTestId('evidence-state-badge')).toHaveText('Disetujui');

  // A clerk has the narrative's form open when the head approves the cycle in another window.
  const narrativeRow = indicatorBlock(page, 'Inovasi yang bernama dan berdasar hukum').getByTestId('evidence-row');
  await narrativeRow.getByTestId('evidence-edit').click();
  form = evidenceForm(page);
  await form.getByTestId('evidence-title').fill('Inovasi "Badung Lindungi Pekerja" (revisi)');

  const headWindow = await page.context().newPage();
  await headWindow.goto(served.url);
  await headWindow.getByRole('link', { name: 'Paritrana', exact: true }).click();
  await headWindow.getByRole('link', { name: `Buka ${edition}` }).click();
  await headWindow.getByTestId('cycle-approve').click();
  let approveDialog = headWindow.getByTestId('approve-dialog');
  await expect(approveDialog.getByText(`Disetujui atas nama ${head.headName}`)).toBeVisible();
  await expect(approveDialog.getByTestId('approve-month')).toHaveValue(/Des 2025/);
  // The overdue item not started is named before the click, with how to fix it, and the approval
  // is off: the package for the jury carries only finished evidence (approval-drafts.test.ts).
  await expect(approveDialog.getByTestId('approve-unfinished')).toContainText('H.1 "Daftar hadir sosialisasi desa" (Belum)');
  await expect(approveDialog.getByTestId('approve-unfinished')).toContainText('hapus butir yang tidak diajukan');
  await expect(approveDialog.getByTestId('approve-confirm')).toBeDisabled();
  await shotWindow(headWindow, 'aw8a-setujui-ada-bukti-belum');
  await approveDialog.getByRole('button', { name: 'Batal' }).click();
  await expect(approveDialog).toBeHidden();
  // Not submitted this time: the head removes it, and approves.
  await indicatorBlock(headWindow, 'Kegiatan sosialisasi').getByRole('button', { name: 'Hapus: Daftar hadir sosialisasi desa' }).click();
  await headWindow.getByTestId('evidence-remove').getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(indicatorBlock(headWindow, 'Kegiatan sosialisasi').getByTestId('evidence-row')).toHaveCount(0);
  await headWindow.getByTestId('cycle-approve').click();
  approveDialog = headWindow.getByTestId('approve-dialog');
  await expect(approveDialog.getByTestId('approve-month')).toHaveValue(/Des 2025/);
  await expect(approveDialog.getByTestId('approve-unfinished')).toHaveCount(0);
  await expect(approveDialog.getByTestId('approve-incomplete')).toContainText(`${indicators - 4} indikator tanpa bukti`);
  // The Perbup's record has no dates and no gazette: the package would show blanks, said before the click (walk 38).
  await expect(approveDialog.getByTestId('approve-regulation-gaps')).toContainText('A.1 Perbup Badung No. 48 Tahun 2023: tanggal penetapan, tanggal pengundangan, Lembaran/Berita Daerah');
  // Its deadline (31 March 2026) has passed by the tests' day: said, the approval still open (walk 38).
  await expect(approveDialog.getByTestId('approve-after-deadline')).toContainText('Batas pengumpulan siklus ini (31 Mar 2026) sudah lewat.');
  await shotWindow(headWindow, 'aw8-setujui-siklus');
  await approveDialog.getByTestId('approve-confirm').click();
  await expect(headWindow.getByTestId('cycle-lock')).toContainText(head.headName);
  await expect(headWindow.getByTestId('cycle-lock')).toContainText(head.headNip);
  await expect(headWindow.getByTestId('cycle-lock')).toContainText('Des 2025');
  await expect(headWindow.getByTestId('cycle-state')).toHaveText('Disetujui');
  // Every edit control is off: no add, no remove, no copy, no move.
  await expect(headWindow.getByTestId('evidence-add')).toHaveCount(0);
  await expect(headWindow.getByTestId('indicator-add')).toHaveCount(0);
  await expect(headWindow.getByTestId('aspect-add')).toHaveCount(0);
  // Nothing invites new evidence or an approval: an empty indicator says it is locked.
  await expect(headWindow.getByTestId('evidence-approve')).toHaveCount(0);
  await expect(headWindow.getByText('Tambahkan bukti yang diminta indikator ini.')).toHaveCount(0);
  await expect(headWindow.getByTestId('evidence-none').first()).toHaveText('Tanpa bukti (siklus disetujui, bukti dikunci).');
  await shot(headWindow, 'aw9-siklus-terkunci');
  await headWindow.close();

  // The clerk's save is refused with the server's words; what was typed stays.
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByTestId('evidence-form-error')).toBeVisible();
  await expect(form.getByTestId('evidence-form-error')).toContainText(`siklus "${edition}" sudah disetujui`);
  await expect(form.getByTestId('evidence-form-error')).toContainText('tarik dulu persetujuan siklus');
  await expect(form.getByTestId('evidence-title')).toHaveValue('Inovasi "Badung Lindungi Pekerja" (revisi)');
  await shotWindow(page, 'aw10-ubah-ditolak');
  await form.getByRole('button', { name: 'Batal' }).click();
  await page.getByRole('button', { name: 'Buang perubahan' }).click();
  await expect(form).toBeHidden();

  // Read again, the clerk's page shows the lock too, with the save of the open item off.
  await page.reload();
  await expect(page.getByTestId('cycle-lock')).toBeVisible();
  await narrativeRow.getByTestId('evidence-edit').click();
  await expect(evidenceForm(page).getByTestId('award-form-save')).toBeDisabled();
  await expect(evidenceForm(page).getByTestId('evidence-title')).toBeDisabled();
  await expect(evidenceForm(page).locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
  await evidenceForm(page).getByRole('button', { name: 'Batal' }).click();
  // The self-assessment reads as it was approved: the score and its reason in full, not to be changed, no save.
  await page.keyboard.press('Alt+2');
  const lockedRow = page.getByTestId('self-aspect').first().getByTestId('self-row').first();
  await expect(lockedRow.getByTestId('self-score')).toHaveValue('4');
  await expect(lockedRow.getByTestId('self-score')).not.toBeEditable();
  await expect(lockedRow.getByTestId('self-note')).toHaveValue('Perbup 48/2023 berlaku; Perda belum ada.');
  await expect(lockedRow.getByTestId('self-note')).not.toBeEditable();
  await expect(lockedRow.getByTestId('self-save')).toHaveCount(0);
  // A row the office left unscored says so (the second was typed out of range, never saved).
  const unscoredRow = page.getByTestId('self-aspect').first().getByTestId('self-row').nth(1);
  await expect(unscoredRow.getByTestId('self-score')).toHaveValue('');
  await expect(unscoredRow.getByTestId('self-score')).toHaveAttribute('placeholder', 'Belum dinilai');
  await shot(page, 'aw10b-penilaian-terkunci');
  await page.keyboard.press('Alt+1');
  // The cycle's own result and notes stay open (they are not in the package); the rest is locked.
  await page.getByTestId('cycle-edit').click();
  await expect(cycleForm.getByTestId('cycle-edition')).toBeDisabled();
  await cycleForm.getByLabel('Hasil').fill('Nominasi');
  await cycleForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('cycle-dates')).toContainText('Hasil: Nominasi');

  // Tarik persetujuan: the reason is required.
  await page.getByTestId('cycle-withdraw').click();
  const withdraw = page.getByTestId('withdraw-dialog');
  await withdraw.getByTestId('withdraw-confirm').click();
  await expect(withdraw.getByText('Tulis alasannya (paling sedikit 5 huruf).')).toBeVisible();
  await withdraw.getByTestId('withdraw-reason').fill('Perbup baru terbit; bukti regulasi diperbarui sebelum wawancara.');
  await shotWindow(page, 'aw11-tarik-persetujuan');
  await withdraw.getByTestId('withdraw-confirm').click();
  await expect(withdraw).toBeHidden();
  await expect(page.getByTestId('cycle-lock')).toHaveCount(0);
  await expect(page.getByTestId('cycle-state')).toHaveText('Belum disetujui');
  await expect(indicatorBlock(page, 'Kegiatan sosialisasi').getByTestId('evidence-add')).toBeVisible();

  // Unlocked, the clerk adds the attendance list again, not started and past its due date: late again.
  await addOverdueAttendance(page);
  await expect(page.getByTestId('overdue-panel')).toContainText('Daftar hadir sosialisasi desa');

  // The list shows the cycle with its completeness and its overdue item.
  await page.getByRole('link', { name: 'Paritrana', exact: true }).click();
  const row = page.getByTestId('cycle-row').filter({ hasText: edition });
  await expect(row.getByTestId('cycle-row-completeness-text')).toHaveText(overallText(4, 5, 5));
  await expect(row).toContainText('1 terlambat');
  await expect(row).toContainText('Belum disetujui');
  // Every column reads whole at the office's usual widths, the sidebar included.
  for (const width of [1280, 1366]) {
    await page.setViewportSize({ width, height: 768 });
    for (const id of ['cycle-row-state', 'cycle-row-overdue']) {
      await expect(row.getByTestId(id)).toBeInViewport({ ratio: 1 });
      // The cell and the badge's label inside it: neither cut nor ended in "…".
      expect(await row.getByTestId(id).evaluate((e) => [e, ...e.querySelectorAll('.mantine-Badge-label')].every((x) => x.scrollWidth <= x.clientWidth + 1))).toBe(true);
    }
    await shot(page, `aw12-daftar-siklus-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // Next year's cycle: its empty rubric offers last year's; the rubric exported as JSON from 2025
  // is imported into it instead (the same aspects and indicators, no evidence).
  await row.getByRole('link').click();
  const exported = page.waitForEvent('download');
  await page.getByTestId('rubric-export-json').click();
  const rubricPath = join(dir, 'rubrik-2025.json');
  await (await exported).saveAs(rubricPath);
  expect(readFileSync(rubricPath, 'utf8')).toContain('Regulasi dan kebijakan');
  await page.getByRole('link', { name: 'Paritrana', exact: true }).click();
  await page.getByTestId('cycle-add').click();
  await cycleForm.getByTestId('cycle-year').fill('2026');
  await expect(cycleForm.getByTestId('cycle-periodEnd')).toHaveValue('31/12/2026');
  await cycleForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('cycle-title')).toHaveText('Paritrana Award 2026');
  await expect(page.getByTestId('rubric-copy-cycle')).toHaveText(`Salin dari siklus ${edition}`);
  await page.getByTestId('rubric-empty').locator('input[type="file"]').setInputFiles(rubricPath);
  await expect(page.getByTestId('aspect-card').first()).toContainText('Regulasi dan kebijakan');
  await expect(page.getByTestId('indicator-block')).toHaveCount(indicators);
  await expect(page.getByTestId('evidence-row')).toHaveCount(0);
  await shot(page, 'aw12b-rubrik-diimpor');

  // Reordered by keyboard-reachable buttons: aspect A moved down is second.
  await page.getByRole('button', { name: 'Turunkan aspek A', exact: true }).click();
  await expect(page.getByTestId('aspect-card').first()).toContainText('Anggaran dan implementasi program');
  await expect(page.getByTestId('aspect-card').nth(1)).toContainText('Regulasi dan kebijakan');

  // The same page in English.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('cycle-tab-bukti')).toHaveText('Rubric and evidence');
  await shotWindow(page, 'aw12c-english');
  await page.getByText('ID', { exact: true }).click();
  await expect(page.getByTestId('cycle-tab-bukti')).toHaveText('Rubrik dan bukti');
});

test('a kepala bidang approves ready items but cannot approve the cycle (the head of office does)', async ({ served, browser }) => {
  const kabid = { username: 'kabid.uji', password: 'sandi-awal-kabid', newPassword: 'sandi-kabid-baru-1' };
  await api(served, 'accounts.create', { username: kabid.username, displayName: 'Kepala Bidang Uji', role: 'kepala_bidang', password: kabid.password });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page.request, served, kabid);
    // A new account changes its given password first.
    const token = new URL(served.url).searchParams.get('token');
    const changed = await page.request.post(`${served.origin}/api/auth.changePassword`, { headers: apiHeaders(token), data: { oldPassword: kabid.password, newPassword: kabid.newPassword } });
    expect(((await changed.json()) as { ok: boolean }).ok).toBe(true);
    await page.goto(served.url);
    await page.getByRole('link', { name: 'Paritrana', exact: true }).click();
    await page.getByRole('link', { name: `Buka ${edition}` }).click();
    await expect(page.getByTestId('cycle-title')).toHaveText(edition);
    await expect(page.getByTestId('cycle-approve')).toBeDisabled();
    const ready = page.getByTestId('evidence-row').filter({ has: page.getByTestId('evidence-approve') });
    await expect(ready.first()).toBeVisible();
    await ready.first().getByTestId('evidence-approve').click();
    await expect(page.getByTestId('evidence-state-badge').filter({ hasText: 'Disetujui' })).toHaveCount(2);
    await shot(page, 'aw12d-kepala-bidang');
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// The package side, after the first test's cycle: built with its progress, read back, verified
// intact and with one byte changed, and the interview brief with its three points.
test('package of the approved cycle built to its end, verified (intact, a byte changed, a file missing, a file added), the interview brief', async ({ app: page, served }) => {
  expect(cycleUrl, 'runs after the first test').not.toBe('');
  // The app's addresses are hash routes: …/#/paritrana/<uid>.
  const uid = decodeURIComponent(cycleUrl.split('/paritrana/')[1]?.split('?')[0] ?? '');
  const snapshots = await api<{ uid: string; month: string }[]>(served, 'coverage.snapshots', {});
  const december = snapshots.find((s) => s.month === '2025-12');
  expect(december).toBeDefined();
  // The attendance list added back after the withdrawal is still not started: the approval is
  // refused, naming it; not submitted, it is removed, and the cycle is approved.
  const notApproved = await api(served, 'award.approve', { cycleUid: uid, snapshotUid: december!.uid }).then(() => '', (e: Error) => e.message);
  expect(notApproved).toContain('Daftar hadir sosialisasi desa');
  expect(notApproved).toContain('(Belum)');
  expect(notApproved).toContain('hapus butir yang tidak diajukan');
  const detail = await api<{ aspects: { indicators: { items: { uid: string; title: string }[] }[] }[] }>(served, 'award.cycles.get', { uid });
  const notStarted = detail.aspects.flatMap((a) => a.indicators.flatMap((i) => i.items)).find((i) => i.title === 'Daftar hadir sosialisasi desa');
  expect(notStarted).toBeDefined();
  await api(served, 'award.evidence.remove', { uid: notStarted!.uid });
  await api(served, 'award.approve', { cycleUid: uid, snapshotUid: december!.uid });

  await page.goto(`${cycleUrl}?tab=paket`);
  await expect(page.getByTestId('cycle-lock')).toBeVisible();

  // Build: the job runs to its end (a small package may finish before a poll shows the bar, so
  // its end is what is asserted: the file and how many files the job wrote), then the ZIP is
  // downloaded (a refusal fails here with its words).
  const downloaded = page.waitForEvent('download').catch(() => null);
  await page.getByTestId('package-build').click();
  const refused = page.getByTestId('package-error').waitFor().then(() => page.getByTestId('package-error').innerText()).catch(() => null);
  const outcome = await Promise.race([downloaded, refused]);
  expect(typeof outcome === 'string' ? outcome : '', 'the package is made').toBe('');
  const done = page.getByTestId('package-done');
  await expect(done).toContainText(/Paket bukti selesai: .+\.zip, \d+ berkas/);
  await shot(page, 'aw13-paket-dibuat');
  const zipPath = join(dir, 'paket.zip');
  await (await downloaded)!.saveAs(zipPath);
  execFileSync('unzip', ['-t', zipPath]);

  // The index PDF, looked at: pdftoppm to PNG.
  const unpacked = join(dir, 'paket');
  execFileSync('unzip', ['-o', '-q', zipPath, '-d', unpacked]);
  const index = execFileSync('sh', ['-c', `ls "${unpacked}"/*.pdf | head -1`]).toString().trim();
  expect(existsSync(index)).toBe(true);
  const text = execFileSync('pdftotext', [index, '-']).toString();
  for (const aspect of ['Regulasi dan kebijakan', 'Inovasi']) expect(text).toContain(aspect);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', index, join(screenshotDir, 'aw14-indeks-paket')]);

  // Verify the package as downloaded: intact.
  await page.getByTestId('verify-panel').locator('input[type="file"]').setInputFiles(zipPath);
  await expect(page.getByTestId('verify-report')).toContainText('Paket utuh');
  await expect(page.getByTestId('verify-built-here')).toContainText('sama persis dengan paket yang dibuat di aplikasi ini');
  await shot(page, 'aw15-paket-utuh');

  // One byte changed in a file of the package (rezipped): the report names it.
  const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
  // The job's count is the manifest's files and the manifest itself.
  await expect(done).toContainText(`, ${manifest.files.length + 1} berkas`);
  const victim = manifest.files.map((f) => f.path).find((p) => p.endsWith('.xlsx') || p.endsWith('.pdf'));
  expect(victim).toBeDefined();
  // Re-zipped with the one byte changed (fflate: the same files, valid checksums).
  const entries = unzipSync(readFileSync(zipPath));
  const bytes = entries[victim!]!;
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
  const changedZip = join(dir, 'paket-berubah.zip');
  writeFileSync(changedZip, zipSync(entries));
  await page.getByTestId('verify-panel').locator('input[type="file"]').setInputFiles(changedZip);
  await expect(page.getByTestId('verify-changed')).toContainText(victim!);
  await shot(page, 'aw16-paket-berubah');

  // A file taken out, and a file slipped in: each named in its own list.
  const fresh = () => unzipSync(readFileSync(zipPath));
  const lessEntries = fresh();
  const removed = manifest.files.map((f) => f.path).find((p) => p !== victim && p.startsWith('dokumen/')) ?? manifest.files[1]!.path;
  delete lessEntries[removed];
  const missingZip = join(dir, 'paket-kurang.zip');
  writeFileSync(missingZip, zipSync(lessEntries));
  await page.getByTestId('verify-panel').locator('input[type="file"]').setInputFiles(missingZip);
  await expect(page.getByTestId('verify-missing')).toContainText(removed);
  await expect(page.getByTestId('verify-report')).toContainText('Hilang (1)');
  await shot(page, 'aw16b-paket-hilang');
  const moreEntries = fresh();
  moreEntries['dokumen/catatan-tambahan.txt'] = new TextEncoder().encode('Berkas yang tidak ada di manifest.');
  const extraZip = join(dir, 'paket-tambah.zip');
  writeFileSync(extraZip, zipSync(moreEntries));
  await page.getByTestId('verify-panel').locator('input[type="file"]').setInputFiles(extraZip);
  await expect(page.getByTestId('verify-extra')).toContainText('dokumen/catatan-tambahan.txt');
  await expect(page.getByTestId('verify-report')).toContainText('Tambahan, tidak ada di manifest (1)');
  await shot(page, 'aw16c-paket-tambahan');

  // A file changed and the manifest written again to match it: intact by its manifest, but not
  // a file this app built, and the report says so.
  const rehashed = fresh();
  rehashed[victim!]![0] = rehashed[victim!]![0]! ^ 0xff;
  const rewritten = JSON.parse(new TextDecoder().decode(rehashed['manifest.json'])) as { files: { path: string; sha256: string }[] };
  rewritten.files.find((f) => f.path === victim)!.sha256 = createHash('sha256').update(rehashed[victim!]!).digest('hex');
  rehashed['manifest.json'] = new TextEncoder().encode(`${JSON.stringify(rewritten, null, 2)}\n`);
  const rehashedZip = join(dir, 'paket-disusun-ulang.zip');
  writeFileSync(rehashedZip, zipSync(rehashed));
  await page.getByTestId('verify-panel').locator('input[type="file"]').setInputFiles(rehashedZip);
  await expect(page.getByTestId('verify-report')).toContainText('Paket utuh');
  await expect(page.getByTestId('verify-not-built-here')).toContainText('tidak mencatat pernah membuat berkas ini');
  await shot(page, 'aw16d-paket-disusun-ulang');

  // The interview brief, a working paper beside the approved package: write the three points
  // (leaving the tab with them unsaved asks first: stay), save them, download the PDF (final, not a draft).
  await page.getByTestId('brief-point-1').fill('Cakupan naik berkat Perbup pekerja rentan.');
  await page.getByTestId('brief-point-2').fill('Dana desa membayar iuran perangkat dan warga rentan.');
  await page.getByTestId('brief-point-3').fill('Target 2026: seluruh nelayan terdaftar.');
  await page.getByTestId('cycle-tab-bukti').click();
  await expect(page.getByTestId('leave-dialog')).toBeVisible();
  await page.getByTestId('leave-stay').click();
  await expect(page.getByTestId('brief-point-3')).toHaveValue('Target 2026: seluruh nelayan terdaftar.');
  await page.getByTestId('brief-save').click();
  await expect(page.getByText('Pokok bicara tersimpan.')).toBeVisible();
  const brief = page.waitForEvent('download');
  await page.getByTestId('brief-download').click();
  const briefPath = join(dir, 'ringkasan.pdf');
  await (await brief).saveAs(briefPath);
  // The points wrap in their boxes: read as one line of words.
  const briefText = execFileSync('pdftotext', [briefPath, '-']).toString().replace(/\s+/g, ' ');
  expect(briefText).toContain('Target 2026: seluruh nelayan terdaftar.');
  expect(briefText).not.toContain('DRAF');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', briefPath, join(screenshotDir, 'aw17-ringkasan')]);
  await shot(page, 'aw18-ringkasan-wawancara');
});
