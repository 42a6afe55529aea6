// What checking the audit log's hash chain found (core/api/audit-chain.ts says which), for the
// audit screen and `lindung audit verify`.
export const auditChainMessages = {
  id: {
    auditChain: {
      ok: 'Log audit utuh: {{count, num}} baris, tidak ada yang diubah, dihapus atau disisipkan di luar aplikasi.',
      empty: 'Log audit masih kosong.',
      head: 'Kepala rantai: baris #{{id}}, {{hash}}.',
      changed: 'Rantai log audit putus di baris #{{id}} ({{at}}): isi baris ini diubah di luar aplikasi.',
      headDiffers: 'Rantai log audit putus di baris #{{id}} ({{at}}): baris ini tidak sama dengan kepala rantai yang tercatat sebelumnya.',
      missing: 'Rantai log audit putus di baris #{{id}} ({{at}}): baris #{{from}} sampai #{{to}} sebelumnya hilang (dihapus di luar aplikasi).',
      inserted: 'Rantai log audit putus di baris #{{id}} ({{at}}): baris ini tidak ditulis oleh aplikasi (disisipkan dengan tangan).',
      backDated: 'Waktunya lebih awal dari baris sebelumnya: tanggalnya dimundurkan.',
      truncated: 'Log audit terpotong di ujungnya: baris #{{from}} sampai #{{to}} dihapus; baris terakhir kini #{{lastId}}.',
      moreBreaks: 'Seluruhnya {{count, num}} sambungan putus; yang disebut di atas adalah yang pertama.',
      checked: '{{count, num}} baris diperiksa.',
      noTime: 'waktu tidak diketahui',
      cli: {
        audit: 'Log audit: periksa keutuhan rantai hash',
        verify: 'Periksa rantai hash log audit; keluar dengan kode 1 bila ada yang putus',
        head: 'kepala rantai yang tercatat sebelumnya (mis. di cadangan): <id>:<hash>',
        badHead: '--head harus berbentuk <id>:<hash SHA-256>, mis. --head 1200:3f5a…',
      },
    },
  },
  en: {
    auditChain: {
      ok: 'The audit log is intact: {{count, num}} rows, none changed, deleted or inserted outside the app.',
      empty: 'The audit log is still empty.',
      head: 'Chain head: row #{{id}}, {{hash}}.',
      changed: 'The audit log chain breaks at row #{{id}} ({{at}}): this row was changed outside the app.',
      headDiffers: 'The audit log chain breaks at row #{{id}} ({{at}}): this row differs from the chain head recorded earlier.',
      missing: 'The audit log chain breaks at row #{{id}} ({{at}}): rows #{{from}} to #{{to}} before it are gone (deleted outside the app).',
      inserted: 'The audit log chain breaks at row #{{id}} ({{at}}): this row was not written by the app (inserted by hand).',
      backDated: 'Its time is earlier than the row before it: it was back-dated.',
      truncated: 'The audit log was cut at its end: rows #{{from}} to #{{to}} were deleted; the last row is now #{{lastId}}.',
      moreBreaks: '{{count, num}} broken links in all; the one above is the first.',
      checked: '{{count, num}} rows checked.',
      noTime: 'time unknown',
      cli: {
        audit: 'Audit log: check the hash chain',
        verify: 'Check the audit log hash chain; exits with code 1 when it is broken',
        head: 'a chain head recorded earlier (e.g. in a backup): <id>:<hash>',
        badHead: '--head must read <id>:<SHA-256 hash>, e.g. --head 1200:3f5a…',
      },
    },
  },
} as const;
