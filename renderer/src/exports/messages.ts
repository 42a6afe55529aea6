import { registerMessages } from '../i18n/index.ts';

// Strings of the export dialog every register shares: Bahasa Indonesia first.
const id = {
  button: 'Ekspor',
  title: 'Ekspor tampilan register',
  // One form in Indonesian (i18next uses _other); English has two.
  summary_one: '{{rows}} baris, sesuai saringan, pencarian dan urutan yang tampil, dengan {{columns}} kolom yang ditampilkan (urutan kolom seperti di layar).',
  summary_other: '{{rows}} baris, sesuai saringan, pencarian dan urutan yang tampil, dengan {{columns}} kolom yang ditampilkan (urutan kolom seperti di layar).',
  heading: 'Di atas tabel: nama kantor, saringan dalam kata-kata, dan waktu ekspor.',
  format: 'Format berkas',
  xlsx: 'Excel (.xlsx)',
  xlsxHint: 'Disarankan. Nomor identitas tersimpan sebagai teks; terbuka rapi di Excel dan LibreOffice.',
  csv: 'CSV (pemisah titik koma)',
  csvHint: 'Teks biasa untuk sistem lain. Bila dibuka langsung di Excel, nomor yang panjang bisa kehilangan nol di depan atau berubah jadi 9,12E+12; untuk Excel pilih .xlsx.',
  start: 'Ekspor',
  running: 'Menulis baris {{done}} dari {{total}}…',
  runningNote: 'Register tetap bisa dibaca selama ekspor; perubahan menunggu sampai selesai.',
  doneTitle: 'Ekspor selesai',
  done_one: '{{file}}: {{rows}} baris.',
  done_other: '{{file}}: {{rows}} baris.',
  cancelled: 'Ekspor dibatalkan; tidak ada berkas yang dibuat.',
  failedTitle: 'Ekspor gagal',
  nothing: 'Tidak ada baris yang cocok dengan saringan ini.',
  notReimportable_one: 'Tanpa kolom {{columns}}, berkas ini tidak bisa diimpor kembali ke register. Bila akan diimpor lagi, tampilkan kolomnya lewat tombol Kolom, lalu ekspor lagi.',
  notReimportable_other: 'Tanpa kolom {{columns}}, berkas ini tidak bisa diimpor kembali ke register. Bila akan diimpor lagi, tampilkan kolomnya lewat tombol Kolom, lalu ekspor lagi.',
  maskedNotReimportable: 'Dengan NIK disamarkan, berkas ini tidak bisa diimpor kembali ke register.',
};

registerMessages('exports', {
  id,
  en: {
    button: 'Export',
    title: 'Export the register view',
    // English says one row and one column so ("1 rows" was said); Indonesian has one form.
    summary_one: '{{rows}} row, as the filters, search and sort on screen select it, with the columns shown ({{columns}}, in their order on screen).',
    summary_other: '{{rows}} rows, as the filters, search and sort on screen select them, with the columns shown ({{columns}}, in their order on screen).',
    heading: 'Above the table: the office name, the filters in words, and the time of export.',
    format: 'File format',
    xlsx: 'Excel (.xlsx)',
    xlsxHint: 'Recommended. Identity numbers are stored as text; opens cleanly in Excel and LibreOffice.',
    csv: 'CSV (semicolon-separated)',
    csvHint: 'Plain text for other systems. Opened directly in Excel, a long number may lose its leading zero or turn into 9.12E+12; for Excel choose .xlsx.',
    start: 'Export',
    running: 'Writing row {{done}} of {{total}}…',
    runningNote: 'The register can still be read during the export; changes wait until it ends.',
    doneTitle: 'Export finished',
    done_one: '{{file}}: {{rows}} row.',
    done_other: '{{file}}: {{rows}} rows.',
    cancelled: 'Export cancelled; no file was made.',
    failedTitle: 'Export failed',
    nothing: 'No rows match these filters.',
    notReimportable_one: 'Without the column {{columns}}, this file cannot be imported back into the register. If it will be, show the column with the Columns button, then export again.',
    notReimportable_other: 'Without the columns {{columns}}, this file cannot be imported back into the register. If it will be, show the columns with the Columns button, then export again.',
    maskedNotReimportable: 'With the NIKs masked, this file cannot be imported back into the register.',
  },
});
