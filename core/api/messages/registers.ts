// Words of the shared register floors (grid, counts, exports, history): never a register's own.
export const registerMessages = {
  id: {
    registers: {
      unknown: 'Register "{{key}}"',
      notCountable: 'Register ini tidak dapat dihitung menurut kolom "{{column}}".',
      unknownColumn: 'Kolom "{{column}}" tidak dikenal untuk {{use}}.',
      uses: { filter: 'saringan', sort: 'pengurutan', export: 'ekspor' },
      bulkNotAllowed: 'Banyak data sekaligus tidak dapat diberi status "{{status}}".',
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
