// The employer register's own words: its columns and the values they hold. The register passes
// them in (core/registers/employer); the renderer's employer screens may use them too.
export const employerWords = {
  id: {
    employer: {
      title: 'Register perusahaan',
      noun: 'Perusahaan',
      templateName: 'Templat impor perusahaan',
      undoHeld: 'sudah punya tindak lanjut atau cabang',
      fields: {
        name: 'Nama perusahaan', legalForm: 'Bentuk badan usaha', nib: 'NIB', npwp: 'NPWP', npp: 'NPP', kbliSection: 'Kategori KBLI', kbliMain: 'KBLI utama',
        businessScale: 'Skala usaha', kecamatanCode: 'Kecamatan', desaCode: 'Desa/kelurahan', bpjsStatus: 'Status BPJS', workersTotal: 'Jumlah tenaga kerja',
        officeType: 'Pusat/cabang', startDate: 'Tanggal mulai usaha', wlkpDate: 'Tanggal WLKP', bpjsInfoDate: 'Tanggal data BPJS', recordStatus: 'Status data', updatedAt: 'Terakhir diubah',
      },
      bpjsStatus: { terdaftar: 'Terdaftar', pwbd: 'PWBD', pds_tk: 'PDS tenaga kerja', pds_upah: 'PDS upah', pds_program: 'PDS program' },
      businessScale: { mikro: 'Mikro', kecil: 'Kecil', menengah: 'Menengah', besar: 'Besar' },
      officeType: { pusat: 'Kantor pusat', cabang: 'Kantor cabang' },
      recordStatus: { aktif: 'Aktif', tutup: 'Tutup', dihapus: 'Dihapus' },
    },
  },
  en: {
    employer: {
      title: 'Employer register',
      noun: 'Employer',
      templateName: 'Employer import template',
      undoHeld: 'already has follow-ups or branches',
      fields: {
        name: 'Employer name', legalForm: 'Legal form', nib: 'NIB', npwp: 'NPWP', npp: 'NPP', kbliSection: 'KBLI section', kbliMain: 'Main KBLI',
        businessScale: 'Business scale', kecamatanCode: 'Kecamatan', desaCode: 'Desa/kelurahan', bpjsStatus: 'BPJS status', workersTotal: 'Number of workers',
        officeType: 'Head office/branch', startDate: 'Start date', wlkpDate: 'WLKP date', bpjsInfoDate: 'BPJS data date', recordStatus: 'Record status', updatedAt: 'Last changed',
      },
      bpjsStatus: { terdaftar: 'Registered', pwbd: 'PWBD', pds_tk: 'PDS workers', pds_upah: 'PDS wages', pds_program: 'PDS programmes' },
      businessScale: { mikro: 'Micro', kecil: 'Small', menengah: 'Medium', besar: 'Large' },
      officeType: { pusat: 'Head office', cabang: 'Branch' },
      recordStatus: { aktif: 'Active', tutup: 'Closed', dihapus: 'Removed' },
    },
  },
} as const;
