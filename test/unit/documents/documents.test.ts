import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { contentPath, documentsDirOf } from '../../../core/documents/content-store.ts';
import { makeTestApp } from '../support/test-db.ts';
import { bombPdf, damagedPdf, encryptedPdf, manyPagesPdf, pagesPdf, scannedPdf, textPdf, tinyPng, truncatedPdf } from '../support/pdf-samples.ts';

// Documents attached to records, on real SQLite and real files in a temp data folder.

type App = ReturnType<typeof makeTestApp>;

async function stage(app: App, name: string, bytes: Buffer): Promise<string> {
  return (await app.runtime.files.stage(name, Readable.from([bytes]), 200 * 1024 * 1024)).token;
}

async function attach(app: App, entity: string, entityUid: string, name: string, bytes: Buffer) {
  return app.call('documents.attach', { entity, entityUid, fileToken: await stage(app, name, bytes) });
}

function storedFiles(app: App): string[] {
  const root = documentsDirOf(app.runtime.dataDir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

const state = (app: App) => ({ documents: app.count('document'), links: app.count('document_link'), pages: app.count('document_page'), audit: app.count('audit_log'), files: storedFiles(app) });

describe('content addressing', () => {
  it('stores the same file once for two records, and removes it only with the last link', async () => {
    const app = makeTestApp();
    const pdf = await textPdf(['Peraturan Bupati Jembrana Nomor 48 Tahun 2023 tentang pekerja rentan.']);
    const first = await attach(app, 'regulation', 'reg-1', 'perbup-48.pdf', pdf);
    const second = await attach(app, 'regulation', 'reg-2', 'salinan perbup.pdf', pdf);
    if (!first.ok || !second.ok) throw new Error('attach failed');
    expect(first.data.documentUid).toBe(second.data.documentUid);
    expect(second.data.otherLinks).toBe(1);
    expect(second.data.name).toBe('salinan perbup.pdf');
    expect(app.count('document')).toBe(1);
    expect(app.count('document_link')).toBe(2);
    expect(storedFiles(app)).toEqual([first.data.sha256]);
    const path = contentPath(app.runtime.dataDir, first.data.sha256);
    expect(path).toContain(join('documents', first.data.sha256.slice(0, 2), first.data.sha256.slice(2, 4)));
    expect(readFileSync(path).equals(pdf)).toBe(true);

    // The same file on the same record again is refused, nothing added.
    const again = await attach(app, 'regulation', 'reg-1', 'perbup-48.pdf', pdf);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.said?.key).toBe('documents.alreadyAttached');
    expect(app.count('document_link')).toBe(2);

    const removed = await app.call('documents.remove', { linkUid: first.data.linkUid });
    expect(removed.ok && removed.data).toEqual({ removed: true, documentRemoved: false });
    expect(existsSync(path)).toBe(true);
    const listed = await app.call('documents.list', { entity: 'regulation', entityUid: 'reg-2' });
    expect(listed.ok && listed.data.map((d) => d.linkUid)).toEqual([second.data.linkUid]);

    const last = await app.call('documents.remove', { linkUid: second.data.linkUid });
    expect(last.ok && last.data).toEqual({ removed: true, documentRemoved: true });
    expect(existsSync(path)).toBe(false);
    expect([app.count('document'), app.count('document_page')]).toEqual([0, 0]);
    const audit = app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'document_link' ORDER BY id").pluck().all();
    expect(audit).toEqual(['create', 'create', 'delete', 'delete']);
  });
});

describe('integrity', () => {
  it('finds a changed byte and a missing file, records the check, and refuses to show changed bytes', async () => {
    const app = makeTestApp();
    const a = await attach(app, 'regulation', 'reg-1', 'a.pdf', await textPdf(['Dokumen pertama tentang iuran.']));
    const b = await attach(app, 'regulation', 'reg-1', 'b.pdf', await textPdf(['Dokumen kedua tentang pendataan.']));
    if (!a.ok || !b.ok) throw new Error('attach failed');
    const clean = await app.call('documents.verify', {});
    expect(clean.ok && clean.data.map((r) => r.status)).toEqual(['ok', 'ok']);

    const path = contentPath(app.runtime.dataDir, a.data.sha256);
    const bytes = readFileSync(path);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    writeFileSync(path, bytes);
    const checked = await app.call('documents.verify', {});
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.data.find((r) => r.documentUid === a.data.documentUid)).toMatchObject({ status: 'changed', sha256: a.data.sha256 });
    expect(checked.data.find((r) => r.documentUid === b.data.documentUid)?.status).toBe('ok');
    const listed = await app.call('documents.list', { entity: 'regulation', entityUid: 'reg-1' });
    expect(listed.ok && listed.data.map((d) => d.verifyStatus)).toEqual(['changed', 'ok']);
    const audit = app.sqlite.prepare("SELECT json_extract(after, '$.status') FROM audit_log WHERE entity = 'document' AND action = 'verify' ORDER BY id").pluck().all();
    expect(audit).toEqual(['ok', 'ok', 'changed', 'ok']);
    const shown = await app.call('documents.content', { documentUid: a.data.documentUid, offset: 0 });
    expect(!shown.ok && shown.error.said?.key).toBe('documents.fileChanged');

    rmSync(path);
    const gone = await app.call('documents.verify', { documentUid: a.data.documentUid });
    expect(gone.ok && gone.data[0]).toMatchObject({ status: 'missing', actual: null });
  });

  it('gives the viewer the stored bytes in pieces', async () => {
    const app = makeTestApp();
    const pdf = await pagesPdf(3);
    const a = await attach(app, 'office_profile', 'office', 'profil.pdf', pdf);
    if (!a.ok) throw new Error(a.error.message);
    const chunk = await app.call('documents.content', { documentUid: a.data.documentUid, offset: 0 });
    if (!chunk.ok) throw new Error(chunk.error.message);
    expect(chunk.data).toMatchObject({ mime: 'application/pdf', size: pdf.length, done: true });
    expect(Buffer.from(chunk.data.base64, 'base64').equals(pdf)).toBe(true);
  });
});

describe('text and search', () => {
  it('reads the text of a PDF and finds a word only inside it, whatever its case and accents, with a snippet', async () => {
    const app = makeTestApp();
    const pdf = await textPdf(['Pembukaan peraturan.', 'Iuran dibayar untuk nelayan di Pengambengan, Kecamatan Negara, setiap bulan.']);
    const a = await attach(app, 'regulation', 'reg-jembrana', 'perbup-jembrana.pdf', pdf);
    await attach(app, 'regulation', 'reg-lain', 'lain.pdf', await pagesPdf(2));
    if (!a.ok) throw new Error(a.error.message);
    expect(a.data).toMatchObject({ pages: 2, textStatus: 'text', mime: 'application/pdf' });

    for (const query of ['pengambengan', 'PÉNGAMBÉNGAN', 'pengamb']) {
      const found = await app.call('documents.search', { query });
      if (!found.ok) throw new Error(found.error.message);
      expect(found.data).toHaveLength(1);
      const [hit] = found.data;
      expect(hit).toMatchObject({ entity: 'regulation', entityUid: 'reg-jembrana', documentUid: a.data.documentUid, page: 2, name: 'perbup-jembrana.pdf' });
      expect(hit!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Pengambengan']);
      expect(hit!.snippet.map((p) => p.text).join('')).toContain('nelayan di Pengambengan, Kecamatan');
    }
    const scoped = await app.call('documents.search', { query: 'pengambengan', entity: 'regulation', entityUid: 'reg-lain' });
    expect(scoped.ok && scoped.data).toEqual([]);
    const ownRecord = await app.call('documents.search', { query: 'pengambengan', entity: 'regulation', entityUid: 'reg-jembrana' });
    expect(ownRecord.ok && ownRecord.data.map((h) => h.page)).toEqual([2]);
    const otherKind = await app.call('documents.search', { query: 'pengambengan', entity: 'evidence' });
    expect(otherKind.ok && otherKind.data).toEqual([]);
    // What a user types is never FTS5 syntax: quotes, operators and brackets are only words.
    const odd = await app.call('documents.search', { query: '"*) OR NEAR(' });
    expect(odd.ok && odd.data).toEqual([]);
  });

  it('lists a page once per record that uses its document', async () => {
    const app = makeTestApp();
    const pdf = await textPdf(['Perjanjian kerja sama dengan BPJS Ketenagakerjaan Cabang Singaraja.']);
    await attach(app, 'regulation', 'reg-1', 'pks.pdf', pdf);
    await attach(app, 'evidence', 'bukti-7', 'bukti pks.pdf', pdf);
    const found = await app.call('documents.search', { query: 'singaraja' });
    if (!found.ok) throw new Error(found.error.message);
    expect(found.data.map((h) => [h.entity, h.entityUid, h.name])).toEqual([
      ['regulation', 'reg-1', 'pks.pdf'],
      ['evidence', 'bukti-7', 'bukti pks.pdf'],
    ]);
    const evidenceOnly = await app.call('documents.search', { query: 'singaraja', entity: 'evidence' });
    expect(evidenceOnly.ok && evidenceOnly.data.map((h) => h.entityUid)).toEqual(['bukti-7']);
  });

  it('reads an upload sealed on disk while encryption is on', async () => {
    const app = makeTestApp();
    setEncryptionOn(true);
    try {
      const pdf = await textPdf(['Naskah yang diunggah saat enkripsi menyala: Tabanan.']);
      const token = await stage(app, 'tabanan.pdf', pdf);
      expect(readFileSync(app.runtime.files.staged(token).path).includes(Buffer.from('%PDF'))).toBe(false);
      const attached = await app.call('documents.attach', { entity: 'regulation', entityUid: 'reg-1', fileToken: token });
      if (!attached.ok) throw new Error(attached.error.message);
      expect(attached.data.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    } finally {
      setEncryptionOn(false);
    }
  });

  it('says when a PDF has no text layer (a scan), and takes scanned pages as images', async () => {
    const app = makeTestApp();
    const scan = await attach(app, 'regulation', 'reg-1', 'pindaian.pdf', await scannedPdf(2));
    if (!scan.ok) throw new Error(scan.error.message);
    expect(scan.data).toMatchObject({ textStatus: 'no_text', pages: 2 });
    const image = await attach(app, 'regulation', 'reg-1', 'halaman-1.png', tinyPng());
    if (!image.ok) throw new Error(image.error.message);
    expect(image.data).toMatchObject({ textStatus: 'no_text', pages: 1, mime: 'image/png' });
    expect(app.count('document_page')).toBe(0);
  });
});

describe('hostile files', () => {
  const corpus: [string, string, () => Promise<Buffer> | Buffer][] = [
    ['not a PDF at all', 'documents.notDocument', () => Buffer.from('PK\u0003\u0004 this is a zip, named .pdf')],
    ['empty', 'documents.empty', () => Buffer.alloc(0)],
    ['truncated', 'documents.truncated', truncatedPdf],
    ['damaged', 'documents.damaged', damagedPdf],
    ['encrypted with a password', 'documents.encrypted', encryptedPdf],
    ['a decompression bomb', 'documents.bomb', () => bombPdf(700)],
    ['thousands of pages', 'documents.tooManyPages', () => manyPagesPdf(1500)],
    ['over the size limit', 'documents.tooLarge', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(51 * 1024 * 1024)])],
  ];
  for (const [what, key, make] of corpus) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const app = makeTestApp();
      const before = state(app);
      const result = await attach(app, 'regulation', 'reg-1', 'berkas.pdf', await make());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.said?.key).toBe(key);
      expect(result.error.message).toContain('berkas.pdf');
      expect(state(app)).toEqual(before);
      expect(readdirSync(app.runtime.files.incoming).filter((n) => !n.startsWith('.'))).toEqual([]); // the staged copy is gone too
    }, 60_000);
  }
});
