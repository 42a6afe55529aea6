import { stmt } from '../../../db/statements.ts';
import type { Sqlite } from '../../../db/open.ts';
import { legalStatusSql } from '../legal-status.ts';
import { msg, render } from '../../messages.ts';
import type { LegalStatus, RegulationJenis } from '../../api/regulation-kinds.ts';

// The register in the JDIHN integration format (the keys regional JDIH sites publish, camel
// case as most do), so another JDIH or this app reads it back. Its status is the one derived
// today: "Berlaku" or "Tidak Berlaku" as JDIHN says it. Records entered in error are left out.

interface Exported {
  jdihnId: string | null; jenis: RegulationJenis; singkatanJenis: string; nomor: string; tahun: number | null; judul: string; teuBadan: string;
  tempatPenetapan: string; tanggalPenetapan: string | null; tanggalPengundangan: string | null; sumber: string; subjek: string; bidangHukum: string;
  bahasa: string; lokasi: string; abstrak: string; penandatangan: string; pemrakarsa: string; effectiveDate: string | null; urlDownload: string; status: LegalStatus;
}

export function jdihnRecords(sqlite: Sqlite, today: string): Record<string, string | number | null>[] {
  const rows = stmt(
    sqlite,
    `SELECT r.jdihn_id AS jdihnId, r.jenis, r.singkatan_jenis AS singkatanJenis, r.nomor, r.tahun, r.judul, r.teu_badan AS teuBadan, r.tempat_penetapan AS tempatPenetapan,
       r.tanggal_penetapan AS tanggalPenetapan, r.tanggal_pengundangan AS tanggalPengundangan, r.sumber, r.subjek, r.bidang_hukum AS bidangHukum, r.bahasa, r.lokasi, r.abstrak,
       r.penandatangan, r.pemrakarsa, r.effective_date AS effectiveDate, r.url_download AS urlDownload, ${legalStatusSql('r', '@today')} AS status
     FROM regulation r WHERE r.record_status = 'aktif' ORDER BY r.tahun, r.jenis, r.id`,
  ).all({ today }) as Exported[];
  return rows.map((r) => ({
    idData: r.jdihnId ?? '',
    tahun_pengundangan: r.tahun,
    tanggal_pengundangan: r.tanggalPengundangan,
    tanggal_penetapan: r.tanggalPenetapan,
    jenis: render(msg(`regulations.jenis.${r.jenis}`)),
    noPeraturan: r.nomor,
    judul: r.judul,
    singkatanJenis: r.singkatanJenis,
    tempatTerbit: r.tempatPenetapan,
    sumber: r.sumber,
    subjek: r.subjek,
    status: r.status === 'dicabut' ? 'Tidak Berlaku' : 'Berlaku',
    bahasa: r.bahasa,
    lokasi: r.lokasi,
    bidangHukum: r.bidangHukum,
    teuBadan: r.teuBadan,
    abstrak: r.abstrak,
    penandatangan: r.penandatangan,
    pemrakarsa: r.pemrakarsa,
    mulaiBerlaku: r.effectiveDate,
    urlDownload: r.urlDownload,
  }));
}
