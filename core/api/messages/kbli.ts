// Words of the KBLI code check (core/reference/kbli): what a typed code is, or why it is not one.
export const kbliMessages = {
  id: {
    kbli: {
      levels: { golonganPokok: 'golongan pokok (2 digit)', golongan: 'golongan (3 digit)', subgolongan: 'subgolongan (4 digit)', kelompok: 'kelompok (5 digit)' },
      notInteger: 'Kode KBLI harus berupa angka bulat 2–5 digit, bukan {{input}}. Tulis kodenya sebagai teks, mis. 47111.',
      empty: 'Kode KBLI kosong. Isi kode KBLI 5 digit, mis. 47111.',
      notDigits: '"{{text}}" bukan kode KBLI: kode KBLI hanya angka (2–5 digit), mis. 47111. Kategori huruf (A–U) tidak dipakai di sini.',
      tooLong: 'Kode KBLI paling panjang 5 digit; "{{text}}" {{length}} digit. Periksa kodenya di NIB/OSS.',
      whereNumber: 'sel angka',
      whereText: 'teks',
      alt: ' Jika yang dimaksud memang subgolongan 4 digit {{text}}, perbaiki di sumbernya.',
      zeroRestored: 'Kode "{{text}}" dibaca sebagai {{code}}: angka nol di depan kemungkinan hilang karena {{where}} di spreadsheet. Periksa dan konfirmasi.{{alt}} Agar tidak terulang, format kolom KBLI sebagai teks.',
      unknown: '"{{text}}" bukan kode KBLI yang dikenal. Tulis kode KBLI 5 digit, mis. 47111.',
      unknownDivision: 'Golongan pokok {{division}} tidak ada di KBLI 2020 (kode "{{text}}"). Periksa kodenya di NIB/OSS.',
      notFiveDigit: 'Kode {{code}} adalah {{level}}; NIB/OSS memakai kode kelompok 5 digit. Lengkapi bila tahu kode 5 digitnya.',
    },
  },
  en: {
    kbli: {
      levels: { golonganPokok: 'division (2 digits)', golongan: 'group (3 digits)', subgolongan: 'class (4 digits)', kelompok: 'subclass (5 digits)' },
      notInteger: 'A KBLI code must be a whole number of 2–5 digits, not {{input}}. Enter it as text, e.g. 47111.',
      empty: 'The KBLI code is empty. Enter the 5-digit KBLI code, e.g. 47111.',
      notDigits: '"{{text}}" is not a KBLI code: KBLI codes are digits only (2–5 digits), e.g. 47111. Section letters (A–U) are not used here.',
      tooLong: 'A KBLI code has at most 5 digits; "{{text}}" has {{length}}. Check the code on the NIB/OSS record.',
      whereNumber: 'a number cell',
      whereText: 'the text',
      alt: ' If the 4-digit class {{text}} was really meant, correct it at the source.',
      zeroRestored: 'Code "{{text}}" was read as {{code}}: the leading zero was probably lost in {{where}} of the spreadsheet. Check and confirm.{{alt}} To avoid this, format the KBLI column as text.',
      unknown: '"{{text}}" is not a known KBLI code. Enter the 5-digit KBLI code, e.g. 47111.',
      unknownDivision: 'Division {{division}} does not exist in KBLI 2020 (code "{{text}}"). Check the code on the NIB/OSS record.',
      notFiveDigit: 'Code {{code}} is a {{level}}; NIB/OSS uses 5-digit codes. Complete it if the 5-digit code is known.',
    },
  },
} as const;
