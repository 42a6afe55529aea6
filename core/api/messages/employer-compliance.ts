// Words of the employer compliance list (Kepatuhan pemberi kerja) as the export writes them.
export const employerComplianceMessages = {
  id: {
    employerCompliance: {
      title: 'Kepatuhan pemberi kerja',
      sheet: 'Kepatuhan',
      heading: '{{title}}: tenaga kerja dilaporkan melebihi peserta PU aktif — {{n}} perusahaan',
      countedAt: 'Peserta PU aktif dihitung per {{date}}',
      filter: 'Saringan: {{filter}}',
      noFilter: 'semua perusahaan aktif',
      kecamatan: 'kecamatan {{name}}',
      kbliSection: 'kategori KBLI {{section}}',
      exported: 'Diekspor {{stamp}} {{zone}}',
      columns: {
        name: 'Nama perusahaan', npp: 'NPP', kecamatan: 'Kecamatan', kbliSection: 'Kategori KBLI', bpjsStatus: 'Status BPJS',
        reported: 'Tenaga kerja dilaporkan', reportedDate: 'Tanggal angka dilaporkan', wlkpDate: 'Tanggal WLKP',
        active: 'Peserta PU aktif', activeDataDate: 'Tanggal data peserta', gap: 'Selisih', openFollowUps: 'Tindak lanjut terbuka',
      },
    },
  },
  en: {
    employerCompliance: {
      title: 'Employer compliance',
      sheet: 'Compliance',
      heading: '{{title}}: reported workforce above active PU participants — {{n}} employers',
      countedAt: 'Active PU participants counted at {{date}}',
      filter: 'Filter: {{filter}}',
      noFilter: 'all active employers',
      kecamatan: 'kecamatan {{name}}',
      kbliSection: 'KBLI section {{section}}',
      exported: 'Exported {{stamp}} {{zone}}',
      columns: {
        name: 'Employer name', npp: 'NPP', kecamatan: 'Kecamatan', kbliSection: 'KBLI section', bpjsStatus: 'BPJS status',
        reported: 'Reported workforce', reportedDate: 'Date of the reported figure', wlkpDate: 'WLKP date',
        active: 'Active PU participants', activeDataDate: 'Participants data date', gap: 'Gap', openFollowUps: 'Open follow-ups',
      },
    },
  },
};
