import type { Command } from 'commander';
import type { VerifyReport } from '../../core/api/award.ts';
import { render } from '../../core/messages.ts';
import { verifyPackage } from '../../core/award/package/verify-package.ts';
import { tanggal, tanggalJam } from '../../core/award/pdf/words.ts';

// `lindung verify <paket.zip>`: an evidence package checked against its manifest.json, file by
// file, without a data folder (a jury member or the province can run it on a copy they were
// sent). Exit 0 when every file matches, 1 when one changed, went missing or was added, or when
// the file is not a package at all. The report is in Indonesian, as the package is.
// (Words here until the award messages join the catalogue: help text "Indonesian / English".)

/** The report as printed: what is wrong first (to stderr), then the summary line. */
export function verifyReportLines(file: string, report: VerifyReport): { out: string[]; err: string[] } {
  if (report.problem) return { out: [], err: [`MASALAH: ${render(report.problem)}`, `Paket ${file} TIDAK dapat diperiksa.`] };
  const about = report.cycle ? `${report.cycle.edition}, disetujui ${tanggalJam(report.cycle.approvedAt)}, data beku ${tanggal(report.cycle.snapshotMonth)}` : '';
  const err = [...report.changed.map((p) => `BERUBAH: ${p}`), ...report.missing.map((p) => `HILANG: ${p}`), ...report.extra.map((p) => `TAMBAHAN: ${p}`)];
  if (report.ok) return { out: [about, `OK: paket utuh — ${report.files} berkas cocok dengan manifest.json (SHA-256 dan ukuran).`], err: [] };
  const counts = [report.changed.length && `${report.changed.length} berubah`, report.missing.length && `${report.missing.length} hilang`, report.extra.length && `${report.extra.length} tambahan`].filter(Boolean).join(', ');
  return { out: [about], err: [...err, `Paket TIDAK utuh: ${counts} dari ${report.files} berkas di manifest. Minta paket yang asli dari pengirimnya.`] };
}

export function registerVerify(program: Command): void {
  program
    .command('verify <package.zip>')
    .description('Periksa paket bukti Paritrana (ZIP) terhadap manifest.json: berkas berubah, hilang atau tambahan; keluar dengan kode 1 bila tidak utuh / Check a Paritrana evidence package (ZIP) against its manifest.json: changed, missing or extra files; exits with code 1 when it is not intact')
    .option('--json', 'Laporan sebagai JSON / The report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const report = await verifyPackage(file);
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else {
        const lines = verifyReportLines(file, report);
        for (const line of lines.out.filter(Boolean)) console.log(line);
        for (const line of lines.err) console.error(line);
      }
      process.exitCode = report.ok ? 0 : 1;
    });
}
