// The change log's words for what happened (actions), to what (entities), and the fields and
// values of entries no register declares (the office profile, an import's summary). Shared by
// the log's screen, its detail and its search. A register's own entities come with its words.
export const auditMessages = {
  id: {
    audit: {
      batch: 'Impor atau ubah massal',
      // What an entry did where its record's name and fields do not say it (entry-summary.ts).
      summary: {
        columnShown: 'Kolom {{column}} ditampilkan — {{register}}',
        columnHidden: 'Kolom {{column}} disembunyikan — {{register}}',
        layout: 'Pilihan atau urutan kolom diubah — {{register}}',
        nikShownByDefault: '"Sembunyikan kolom NIK" dimatikan: kolom NIK tampil sejak awal di register pekerja',
        nikHiddenByDefault: '"Sembunyikan kolom NIK" dinyalakan: kolom NIK disembunyikan sejak awal di register pekerja',
      },
      actions: {
        create: 'buat', update: 'ubah', delete: 'hapus permanen', load: 'muat', close: 'tutup', remove: 'hapus / salah input', restore: 'pulihkan', demo: 'data contoh', export: 'ekspor', report: 'laporan data pribadi', backup: 'cadangkan', died: 'meninggal', moved: 'pindah',
        import: 'impor', 'import-create': 'impor (baru)', 'import-update': 'impor (ubah)', undo: 'batalkan impor', 'undo-import': 'batalkan impor', bulk: 'ubah massal',
        sign_in: 'masuk', sign_in_failed: 'kata sandi salah', lockout: 'akun terkunci', password_change: 'ganti kata sandi', password_reset: 'setel ulang kata sandi',
        scan: 'cari duplikat', merge: 'gabung', merged: 'digabung', 'undo-merge': 'batal gabung', different: 'orang berbeda', 'undo-different': 'urungkan orang berbeda', apply: 'data berkas dipakai', dismiss: 'data register dipertahankan',
        enrol: 'daftarkan', verify: 'periksa keutuhan', encrypt: 'enkripsi', retire: 'pensiunkan', freeze: 'bekukan bulan', approve: 'setujui', withdraw: 'tarik persetujuan', copy_rubric: 'salin rubrik', self_assess: 'penilaian awal',
      },
      // An action in a register's own word: a person or a regulation "removed" is marked entered in error (never deleted); the
      // general word (the log's filter) says both.
      // A display setting's first save, in rows written before it was logged as an update, changed a setting and created nothing: "ubah".
      entityActions: { employer: { remove: 'hapus' }, person: { remove: 'tandai salah input' }, regulation: { remove: 'tandai salah input' }, user_setting: { create: 'ubah' } },
      entities: { office_profile: 'Profil kantor', reference_source: 'Sumber referensi', contribution_rule: 'Aturan iuran', lookup_item: 'Daftar pilihan', import_batch: 'Impor', import_mapping: 'Pemetaan kolom', user_setting: 'Pengaturan tampilan', backup_settings: 'Pengaturan cadangan', employer: 'Perusahaan', employer_follow_up: 'Tindak lanjut', database: 'Basis data',
        user_account: 'Akun pengguna', account_policy: 'Aturan akun',
        person: 'Pekerja', participation_period: 'Periode kepesertaan', identity_review: 'Tinjauan identitas', duplicate_candidate: 'Kandidat duplikat', worker_programme: 'Program pekerja rentan',
        regulation: 'Regulasi', document: 'Dokumen', document_link: 'Tautan dokumen',
        coverage: 'Cakupan kepesertaan', coverage_snapshot: 'Bulan cakupan dibekukan', coverage_denominator: 'Penyebut cakupan', coverage_aggregate: 'Data agregat cakupan', coverage_target: 'Target cakupan',
        award_cycle: 'Siklus Paritrana', award_aspect: 'Aspek Paritrana', award_indicator: 'Indikator Paritrana', award_evidence: 'Bukti Paritrana' },
      fields: {
        officeName: 'Nama kantor', address: 'Alamat', headName: 'Nama kepala dinas', headNip: 'NIP kepala dinas', phone: 'Telepon', email: 'E-mail', timeZone: 'Zona waktu', logo: 'Logo',
        level: 'Tingkat', areaCode: 'Wilayah', register: 'Register', fileName: 'Nama berkas', fileHash: 'Sidik berkas (SHA-256)', sheet: 'Lembar', rows: 'Baris', inserted: 'Baru',
        updated: 'Diubah', invalid: 'Tidak sah', status: 'Status', reason: 'Alasan', filter: 'Saringan', records: 'Data', reversed: 'Dikembalikan', kept: 'Dibiarkan', edited: 'Data yang diubah sesudahnya',
        format: 'Format', columns: 'Kolom', shownColumns: 'Kolom yang ditampilkan', mapping: 'Pasangan kolom', values: 'Pasangan nilai', value: 'Nilai', source: 'Sumber', list: 'Daftar',
        username: 'Nama pengguna', displayName: 'Nama lengkap', nip: 'NIP', role: 'Peran', state: 'Status akun', mustChangePassword: 'Harus ganti kata sandi',
        failedAttempts: 'Kata sandi salah berturut-turut', lockedUntil: 'Terkunci sampai', idleLockSeconds: 'Kunci layar setelah (detik)', nik: 'NIK', formats: 'Format berkas', hideNikByDefault: 'NIK disembunyikan di register pekerja',
        mergedWith: 'Digabung dengan', differentFrom: 'Orang berbeda dari', birthDates: 'Tanggal lahir',
        // A duplicate scan's summary (scan-job.ts).
        people: 'Orang aktif dibandingkan', pairs: 'Pasangan ditemukan', remembered: 'Pasangan yang sudah diputuskan (tidak diusulkan lagi)', ms: 'Lama pencarian (milidetik)',
        // The award cycle, its approval and self-assessment (approval.ts, evidence-service.ts), and a document (document-service.ts).
        briefPoints: 'Tiga poin ringkasan', result: 'Hasil penilaian', approvedAt: 'Disetujui pada', approvedBy: 'Disetujui oleh (akun)', approverName: 'Nama penyetuju', approverNip: 'NIP penyetuju',
        snapshotMonth: 'Bulan data beku', items: 'Bukti', frozen: 'Tabel angka dibekukan', score: 'Skor', note: 'Catatan',
        entity: 'Melekat pada', name: 'Nama', sha256: 'Sidik berkas (SHA-256)', size: 'Ukuran (bita)', pages: 'Halaman',
        backup: 'Berkas cadangan', kind: 'Jenis', folder: 'Ditulis ke folder', secondCopy: 'Salinan kedua di', backupCreatedAt: 'Cadangan dibuat', backupAuditHead: 'Catatan riwayat terakhir di cadangan (nomor)', safetyBackup: 'Cadangan pengaman', restoredAt: 'Dipulihkan', accountsKept: 'Akun dipertahankan',
        auditKept: 'Catatan riwayat sesudah cadangan yang dipertahankan', auditNotKept: 'Catatan riwayat sesudah cadangan yang tidak dapat dipertahankan (cadangan dari basis data lain)',
        legalBasis: 'Dasar hukum (teks)', legalBasisRegulation: 'Dasar hukum (regulasi)',
        intervalHours: 'Cadangan otomatis setiap (jam)', keepDaily: 'Cadangan harian disimpan', keepWeekly: 'Cadangan mingguan disimpan', keepMonthly: 'Cadangan bulanan disimpan', secondFolder: 'Folder kedua',
        employerId: 'Perusahaan', letterNumber: 'Nomor surat', dueDate: 'Batas waktu', done: 'Selesai', outcome: 'Hasil',
      },
      values: {
        status: { committed: 'tersimpan', undone: 'dibatalkan' },
        edited: { keep: 'dibiarkan seperti sekarang', revert: 'dikembalikan juga' },
        nik: { masked: 'disamarkan (6 digit awal dan 4 digit akhir)', shown: 'utuh' },
        birthDates: { year: 'tahunnya saja (NIK disamarkan)', full: 'utuh' },
        kind: { manual: 'dibuat petugas (Cadangkan sekarang)', daily: 'terjadwal (dibuat otomatis oleh sistem)', command: 'dibuat petugas lewat baris perintah (lindung db backup)' },
        list: { importErrors: 'berkas kesalahan impor (baris tidak sah dengan isinya)', compliance: 'kepatuhan pemberi kerja' },
        role: { pemantau: 'Pemantau (hanya melihat)', operator: 'Operator', kepala_bidang: 'Kepala bidang', kepala_dinas: 'Kepala dinas', administrator: 'Administrator' },
        state: { aktif: 'aktif', nonaktif: 'nonaktif' },
        boolean: { true: 'ya', false: 'tidak' },
        // A personal data report's formats (person-report: the files made, the text shown on screen).
        formats: { text: 'teks', pdf: 'PDF', xlsx: 'Excel' },
      },
    },
  },
  en: {
    audit: {
      batch: 'Import or bulk change',
      summary: {
        columnShown: '{{column}} column shown — {{register}}',
        columnHidden: '{{column}} column hidden — {{register}}',
        layout: 'Columns chosen or reordered — {{register}}',
        nikShownByDefault: '"Hide the NIK column" turned off: the NIK column shows from the start in the worker register',
        nikHiddenByDefault: '"Hide the NIK column" turned on: the NIK column starts hidden in the worker register',
      },
      actions: {
        create: 'create', update: 'update', delete: 'delete for good', load: 'load', close: 'close', remove: 'remove / entered in error', restore: 'restore', demo: 'demo data', export: 'export', report: 'personal data report', backup: 'back up', died: 'died', moved: 'moved away',
        import: 'import', 'import-create': 'import (new)', 'import-update': 'import (update)', undo: 'undo import', 'undo-import': 'undo import', bulk: 'bulk change',
        sign_in: 'sign in', sign_in_failed: 'wrong password', lockout: 'account locked', password_change: 'password change', password_reset: 'password reset',
        scan: 'find duplicates', merge: 'merge', merged: 'merged', 'undo-merge': 'undo merge', different: 'different people', 'undo-different': 'take back different people', apply: "file's data used", dismiss: "register's data kept",
        enrol: 'enrol', verify: 'integrity check', encrypt: 'encrypt', retire: 'retire', freeze: 'freeze month', approve: 'approve', withdraw: 'withdraw approval', copy_rubric: 'copy rubric', self_assess: 'self-assessment',
      },
      entityActions: { employer: { remove: 'remove' }, person: { remove: 'mark entered in error' }, regulation: { remove: 'mark entered in error' }, user_setting: { create: 'update' } },
      entities: { office_profile: 'Office profile', reference_source: 'Reference source', contribution_rule: 'Contribution rule', lookup_item: 'Editable list', import_batch: 'Import', import_mapping: 'Column mapping', user_setting: 'Display setting', backup_settings: 'Backup settings', employer: 'Employer', employer_follow_up: 'Follow-up', database: 'Database',
        user_account: 'User account', account_policy: 'Account rules',
        person: 'Worker', participation_period: 'Participation period', identity_review: 'Identity review', duplicate_candidate: 'Duplicate candidate', worker_programme: 'Vulnerable-worker programme',
        regulation: 'Regulation', document: 'Document', document_link: 'Document link',
        coverage: 'Participation coverage', coverage_snapshot: 'Frozen coverage month', coverage_denominator: 'Coverage denominator', coverage_aggregate: 'Coverage aggregate', coverage_target: 'Coverage target',
        award_cycle: 'Paritrana cycle', award_aspect: 'Paritrana aspect', award_indicator: 'Paritrana indicator', award_evidence: 'Paritrana evidence' },
      fields: {
        officeName: 'Office name', address: 'Address', headName: 'Head of office', headNip: "Head's NIP", phone: 'Phone', email: 'E-mail', timeZone: 'Time zone', logo: 'Logo',
        level: 'Level', areaCode: 'Area', register: 'Register', fileName: 'File name', fileHash: 'File fingerprint (SHA-256)', sheet: 'Sheet', rows: 'Rows', inserted: 'New',
        updated: 'Changed', invalid: 'Invalid', status: 'Status', reason: 'Reason', filter: 'Filter', records: 'Records', reversed: 'Reversed', kept: 'Left as they were', edited: 'Records edited since',
        format: 'Format', columns: 'Columns', shownColumns: 'Columns shown', mapping: 'Column mapping', values: 'Value mapping', value: 'Value', source: 'Source', list: 'List',
        username: 'Username', displayName: 'Full name', nip: 'NIP', role: 'Role', state: 'Account state', mustChangePassword: 'Must change password',
        failedAttempts: 'Wrong passwords in a row', lockedUntil: 'Locked until', idleLockSeconds: 'Lock the screen after (seconds)', nik: 'NIK', formats: 'File formats', hideNikByDefault: 'NIK hidden in the worker register',
        mergedWith: 'Merged with', differentFrom: 'A different person from', birthDates: 'Birth dates',
        people: 'Active people compared', pairs: 'Pairs found', remembered: 'Pairs already decided (not proposed again)', ms: 'Search time (milliseconds)',
        briefPoints: 'Three summary points', result: 'Result', approvedAt: 'Approved at', approvedBy: 'Approved by (account)', approverName: "Approver's name", approverNip: "Approver's NIP",
        snapshotMonth: 'Frozen data month', items: 'Evidence', frozen: 'Tables of figures frozen', score: 'Score', note: 'Note',
        entity: 'Attached to', name: 'Name', sha256: 'File fingerprint (SHA-256)', size: 'Size (bytes)', pages: 'Pages',
        backup: 'Backup file', kind: 'Kind', folder: 'Written to the folder', secondCopy: 'Second copy in', backupCreatedAt: 'Backup made', backupAuditHead: 'Last change-log entry in the backup (number)', safetyBackup: 'Safety backup', restoredAt: 'Restored', accountsKept: 'Accounts kept',
        auditKept: 'Change-log entries after the backup kept', auditNotKept: 'Change-log entries after the backup that could not be kept (a backup of another database)',
        legalBasis: 'Legal basis (text)', legalBasisRegulation: 'Legal basis (regulation)',
        intervalHours: 'Automatic backup every (hours)', keepDaily: 'Daily backups kept', keepWeekly: 'Weekly backups kept', keepMonthly: 'Monthly backups kept', secondFolder: 'Second folder',
        employerId: 'Employer', letterNumber: 'Letter number', dueDate: 'Due date', done: 'Done', outcome: 'Outcome',
      },
      values: {
        status: { committed: 'saved', undone: 'undone' },
        edited: { keep: 'left as they are now', revert: 'reversed too' },
        nik: { masked: 'masked (first 6 and last 4 digits)', shown: 'in full' },
        birthDates: { year: 'the year only (NIKs masked)', full: 'in full' },
        kind: { manual: 'made by a person (Back up now)', daily: 'scheduled (made by the system by itself)', command: 'made by a person at the command line (lindung db backup)' },
        list: { importErrors: 'import error file (the invalid rows with their cells)', compliance: 'employer compliance' },
        role: { pemantau: 'Viewer (read only)', operator: 'Operator', kepala_bidang: 'Head of division', kepala_dinas: 'Head of office', administrator: 'Administrator' },
        state: { aktif: 'active', nonaktif: 'disabled' },
        boolean: { true: 'yes', false: 'no' },
        formats: { text: 'text', pdf: 'PDF', xlsx: 'Excel' },
      },
    },
  },
} as const;
