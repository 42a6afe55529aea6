// Words of the shared register floors (grid, counts, exports, history): never a register's own.
export const registerMessages = {
  id: {
    registers: {
      unknown: 'Register "{{key}}"',
      notCountable: 'Register ini tidak dapat dihitung menurut kolom "{{column}}".',
      unknownColumn: 'Kolom "{{column}}" tidak dikenal untuk {{use}}.',
      uses: { filter: 'saringan', sort: 'pengurutan', export: 'ekspor' },
      bulkNotAllowed: 'Banyak data sekaligus tidak dapat diberi status "{{status}}".',
      bulkDateRequired: 'Isi tanggal kejadiannya: status ini dicatat dengan tanggalnya.',
      bulkDateAfterToday: 'Tanggal {{date}} sesudah hari ini ({{today}}). Isi tanggal kejadiannya.',
      fullNikNeedsRole: 'Ekspor dengan NIK lengkap hanya untuk kepala bidang ke atas (UU PDP); peran Anda ({{role}}) mengekspor NIK yang disamarkan. Centang "Samarkan NIK" (di baris perintah: --mask-nik).',
      // Lines of an export's heading, where masking changed what it holds or its order.
      export: {
        maskedNik: 'NIK disamarkan (6 digit awal dan 4 digit akhir)',
        maskedNikBirth: 'NIK disamarkan (6 digit awal dan 4 digit akhir); tanggal lahir hanya tahunnya, sebab digit yang disamarkan memuat tanggal lahir',
        maskedBirth: 'Tanggal lahir hanya tahunnya, sebab tanggal lahir adalah digit NIK yang disamarkan',
        sortChanged: 'Diurutkan menurut {{order}}, bukan menurut {{asked}} seperti di layar, sebab urutan itu membuka tanggal lahir yang disamarkan',
        entryOrder: 'urutan data dimasukkan',
      },
      demoSetupFirst: 'Selesaikan penyiapan kantor dulu.',
      demoNotEmpty: 'Data contoh hanya bisa dimuat ke register yang masih kosong.',
      generatedInvalid: 'Data buatan program ditolak register pada baris {{row}} (kolom {{field}}); tidak ada yang disimpan.',
      badFilter: 'Filter kolom "{{column}}" tidak valid: {{reason}}.',
      filterReasons: {
        emptyText: 'teks kosong',
        missingNumber: 'angka belum diisi',
        missingUpperBound: 'batas atas belum diisi',
        dateFormat: 'tanggal harus berbentuk YYYY-MM-DD',
        wrongType: 'saringan {{filter}} tidak cocok untuk kolom {{column}}',
      },
    },
  },
  en: {
    registers: {
      unknown: 'Register "{{key}}"',
      notCountable: 'This register cannot be counted by the column "{{column}}".',
      unknownColumn: 'Unknown column "{{column}}" for {{use}}.',
      uses: { filter: 'filter', sort: 'sort', export: 'export' },
      bulkNotAllowed: 'Many records at once cannot be given the status "{{status}}".',
      bulkDateRequired: 'Enter the day it happened: this status is recorded with its date.',
      bulkDateAfterToday: 'The date {{date}} is after today ({{today}}). Enter the day it happened.',
      fullNikNeedsRole: 'Exports with full NIKs are for a head of division and up (personal data law, UU PDP); your role ({{role}}) exports masked NIKs. Tick "Mask NIKs" (on the command line: --mask-nik).',
      export: {
        maskedNik: 'NIKs masked (first 6 and last 4 digits)',
        maskedNikBirth: 'NIKs masked (first 6 and last 4 digits); birth dates as their year only, since the masked digits hold the birth date',
        maskedBirth: 'Birth dates as their year only, since the birth date is digits of the masked NIK',
        sortChanged: 'Sorted by {{order}}, not by {{asked}} as on screen, since that order would give away the masked birth dates',
        entryOrder: 'the order the records were entered',
      },
      demoSetupFirst: 'Finish the office setup first.',
      demoNotEmpty: 'Demo data can only be loaded into an empty register.',
      generatedInvalid: 'The register refused generated data at row {{row}} (column {{field}}); nothing was saved.',
      badFilter: 'Invalid filter on column "{{column}}": {{reason}}.',
      filterReasons: {
        emptyText: 'empty text',
        missingNumber: 'missing number',
        missingUpperBound: 'missing upper bound',
        dateFormat: 'date must be YYYY-MM-DD',
        wrongType: 'a {{filter}} filter does not fit a {{column}} column',
      },
    },
  },
} as const;
