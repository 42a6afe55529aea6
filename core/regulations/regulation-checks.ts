import { foldText } from '../../db/fold.ts';
import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import { jenisSingkatan, jenisWithoutNumber, jenisWithoutSumber, type RegulationValues } from '../api/regulations.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { dayMonthYear } from '../api/calendar-day.ts';
import { msg } from '../messages.ts';
import { regulationLabel } from './regulation-label.ts';
import { issuerKey, sameNumbered } from './same-issuer.ts';

// The checks a form save and an import share, said in words that name the field and the fix.

const jenisWord = (jenis: RegulationValues['jenis']) => msg(`regulations.jenis.${jenis}`);

/** Refuses values that cannot be one regulation; returns the columns to write. */
export function prepareRegulationWrite(sqlite: Sqlite, values: Omit<RegulationValues, 'uid'>, ownId: number | null, /** The office's today, yyyy-mm-dd. */ today: string) {
  const fail = (message: ReturnType<typeof msg>, path: string) => {
    throw invalidInput(message, { issues: [{ path }] });
  };
  if (!jenisWithoutNumber.includes(values.jenis)) {
    if (!values.nomor) fail(msg('regulations.save.numberRequired', { jenis: jenisWord(values.jenis) }), 'nomor');
    if (!values.tahun) fail(msg('regulations.save.numberRequired', { jenis: jenisWord(values.jenis) }), 'tahun');
  }
  const { tanggalPenetapan: penetapan, tanggalPengundangan: pengundangan, effectiveDate: effective, tahun } = values;
  // Days said as the form's date fields show them (dd/mm/yyyy), not as stored.
  const day = dayMonthYear;
  if (tahun && tahun > Number(today.slice(0, 4))) fail(msg('regulations.save.yearAhead', { tahun, today: day(today) }), 'tahun');
  if (penetapan && penetapan > today) fail(msg('regulations.save.enactedAhead', { penetapan: day(penetapan), today: day(today) }), 'tanggalPenetapan');
  // "Nomor 48 Tahun 2023": the year of its enactment, or of its promulgation (numbered in the gazette).
  if (tahun && penetapan && ![penetapan, pengundangan].some((d) => d?.startsWith(`${tahun}-`))) fail(msg('regulations.save.yearNotDated', { tahun, penetapan: day(penetapan) }), 'tahun');
  if (penetapan && pengundangan && pengundangan < penetapan) fail(msg('regulations.save.promulgatedBeforeEnacted', { penetapan: day(penetapan), pengundangan: day(pengundangan) }), 'tanggalPengundangan');
  if (penetapan && effective && effective < penetapan) fail(msg('regulations.save.effectiveBeforeEnacted', { penetapan: day(penetapan), effective: day(effective) }), 'effectiveDate');
  if (values.sumber && jenisWithoutSumber.includes(values.jenis)) fail(msg('regulations.save.noSumber', { jenis: jenisWord(values.jenis) }), 'sumber');
  if (values.areaCode && !stmt(sqlite, 'SELECT 1 FROM region WHERE code = ?').get(values.areaCode)) fail(msg('regulations.save.areaUnknown', { code: values.areaCode }), 'areaCode');

  const columns = {
    ...values,
    singkatanJenis: values.singkatanJenis || jenisSingkatan[values.jenis],
    bahasa: values.bahasa || 'Indonesia',
    titleFold: foldText(values.judul) ?? '',
    jdihnId: values.jdihnId || null,
  };
  // One instrument is recorded once: the same jenis, number, year and issuing body.
  // The body's spelling aside, and a blank body taken as the other's (same-issuer.ts).
  const same = sameNumbered(sqlite, columns, ownId);
  if (same) {
    // One of the two names no body: the fix may be to name this one's.
    const noBody = !issuerKey(columns.teuBadan) || !issuerKey(same.teuBadan);
    const said = noBody ? msg('regulations.save.sameNumberNoBody', { label: regulationLabel(columns), judul: same.judul, teu: same.teuBadan || '—' }) : msg('regulations.save.sameNumber', { label: regulationLabel(columns), judul: same.judul });
    throw new AppError('CONFLICT', said, { kind: 'same_number', existingUid: same.uid, issues: [{ path: noBody && !issuerKey(columns.teuBadan) ? 'teuBadan' : 'nomor' }] });
  }
  return columns;
}
