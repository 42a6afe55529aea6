// The change log's words for what happened (actions) and to what (entities), shared by the
// log's screen and its search. A register's own entities come with its words.
export const auditMessages = {
  id: {
    audit: {
      actions: {
        create: 'buat', update: 'ubah', delete: 'hapus', load: 'muat', close: 'tutup', remove: 'hapus data', restore: 'pulihkan', demo: 'data contoh',
        import: 'impor', 'import-create': 'impor (baru)', 'import-update': 'impor (ubah)', undo: 'batalkan impor', 'undo-import': 'batalkan impor', bulk: 'ubah massal',
      },
      entities: { office_profile: 'Profil kantor', reference_source: 'Sumber referensi', contribution_rule: 'Aturan iuran', lookup_item: 'Daftar pilihan', import_batch: 'Impor', import_mapping: 'Pemetaan kolom', user_setting: 'Pengaturan tampilan', employer: 'Perusahaan', employer_follow_up: 'Tindak lanjut' },
    },
  },
  en: {
    audit: {
      actions: {
        create: 'create', update: 'update', delete: 'delete', load: 'load', close: 'close', remove: 'remove', restore: 'restore', demo: 'demo data',
        import: 'import', 'import-create': 'import (new)', 'import-update': 'import (update)', undo: 'undo import', 'undo-import': 'undo import', bulk: 'bulk change',
      },
      entities: { office_profile: 'Office profile', reference_source: 'Reference source', contribution_rule: 'Contribution rule', lookup_item: 'Editable list', import_batch: 'Import', import_mapping: 'Column mapping', user_setting: 'Display setting', employer: 'Employer', employer_follow_up: 'Follow-up' },
    },
  },
} as const;
