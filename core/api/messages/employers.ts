// Words of the employer checks (core/employers): worker counts against each other, KBLI and
// region checks, identity numbers in use, and registration gaps; and what stops a save. Numbers go in as numbers.
export const employerCheckMessages = {
  id: {
    employerChecks: {
      sentences: '{{a}} {{b}}',
      workforce: {
        sexAboveTotal: 'Laki-laki + perempuan ({{split, num}}) lebih banyak dari jumlah tenaga kerja ({{total, num}}). Perbaiki jumlahnya atau rinciannya.',
        contractAboveTotal: 'PKWTT + PKWT + harian lepas + borongan ({{split, num}}) lebih banyak dari jumlah tenaga kerja ({{total, num}}). Perbaiki jumlahnya atau rinciannya.',
        foreignAboveTotal: 'Tenaga kerja asing ({{split, num}}) lebih banyak dari jumlah tenaga kerja ({{total, num}}); TKA termasuk dalam jumlah itu.',
        sexBelowTotal: 'Laki-laki + perempuan ({{split, num}}) tidak sama dengan jumlah tenaga kerja ({{total, num}}). Periksa angkanya.',
        sexSumTooLarge: 'Laki-laki + perempuan ({{split, num}}) lebih dari {{total, num}}, batas satu jumlah tenaga kerja. Periksa angkanya.',
        contractBelowTotal: 'PKWTT + PKWT + harian lepas + borongan ({{split, num}}) tidak sama dengan jumlah tenaga kerja ({{total, num}}). Periksa angkanya.',
      },
      kbliInvalid: 'KBLI "{{code}}": {{problem}}',
      kbliFiveDigits: 'harus 5 digit',
      regionsOutside: 'Kecamatan atau desa tidak ada di wilayah kantor, atau desa bukan bagian kecamatannya.',
      dateAhead: '{{field}} ({{date, day}}) sesudah hari ini ({{today, day}}). Isi tanggal yang sudah terjadi, seperti tertulis pada dokumennya.',
      wlkpBeforeStart: 'Tanggal WLKP ({{wlkp, day}}) sebelum mulai usaha ({{start, day}}). Perusahaan melapor sesudah usahanya mulai: periksa kedua tanggalnya.',
      dateFields: { startDate: 'Mulai usaha', wlkpDate: 'Tanggal WLKP', bpjsInfoDate: 'Tanggal data BPJS' },
      idInUse: '{{label}} {{value}} sudah dipakai oleh "{{name}}". Buka data itu atau periksa nomornya.',
      noNpp: 'Status Terdaftar tanpa NPP BPJS: isi NPP dari BPJS Ketenagakerjaan, atau periksa statusnya.',
      missingProgrammes: 'Status Terdaftar, tetapi program wajib belum diikuti: {{list}}. Bila memang belum semua program, statusnya PDS program.',
      missingProgrammesFor: 'Status Terdaftar, tetapi program wajib untuk {{scale}} belum diikuti: {{list}}. Bila memang belum semua program, statusnya PDS program.',
      scales: { mikro: 'usaha mikro', kecil: 'usaha kecil', menengah: 'usaha menengah', besar: 'usaha besar' },
    },
    employerSave: {
      branchNeedsHead: 'Kantor cabang harus dihubungkan ke kantor pusat yang terdaftar.',
      removedRestoreFirst: 'Data ini sudah dihapus; pulihkan dulu sebelum mengubahnya.',
      similarName: 'Sudah ada perusahaan dengan nama mirip di desa yang sama: {{names}}. Buka data itu, atau lanjutkan bila memang berbeda.',
      dueBeforeDate: 'Tenggat tidak boleh sebelum tanggal surat.',
    },
  },
  en: {
    employerChecks: {
      sentences: '{{a}} {{b}}',
      workforce: {
        sexAboveTotal: 'Male + female ({{split, num}}) is more than the number of workers ({{total, num}}). Correct the total or the split.',
        contractAboveTotal: 'PKWTT + PKWT + casual + piece-rate ({{split, num}}) is more than the number of workers ({{total, num}}). Correct the total or the split.',
        foreignAboveTotal: 'Foreign workers ({{split, num}}) are more than the number of workers ({{total, num}}); they are part of that number.',
        sexBelowTotal: 'Male + female ({{split, num}}) differs from the number of workers ({{total, num}}). Check the figures.',
        sexSumTooLarge: 'Male + female ({{split, num}}) is more than {{total, num}}, the most one count may say. Check the figures.',
        contractBelowTotal: 'PKWTT + PKWT + casual + piece-rate ({{split, num}}) differs from the number of workers ({{total, num}}). Check the figures.',
      },
      kbliInvalid: 'KBLI "{{code}}": {{problem}}',
      kbliFiveDigits: 'must have 5 digits',
      regionsOutside: 'The kecamatan or desa is not in the office area, or the desa is not in that kecamatan.',
      dateAhead: '{{field}} ({{date, day}}) is after today ({{today, day}}). Enter a date that has passed, as its document gives it.',
      wlkpBeforeStart: 'The WLKP date ({{wlkp, day}}) is before the business started ({{start, day}}). A firm reports after it starts: check both dates.',
      dateFields: { startDate: 'Business started', wlkpDate: 'WLKP date', bpjsInfoDate: 'BPJS data date' },
      idInUse: '{{label}} {{value}} is already used by "{{name}}". Open that record or check the number.',
      noNpp: 'Registered without a BPJS NPP: enter the NPP from BPJS Ketenagakerjaan, or check the status.',
      missingProgrammes: 'Registered, but mandatory programmes are not joined: {{list}}. If not every programme is joined, the status is PDS program.',
      missingProgrammesFor: 'Registered, but mandatory programmes for {{scale}} are not joined: {{list}}. If not every programme is joined, the status is PDS program.',
      scales: { mikro: 'a micro business', kecil: 'a small business', menengah: 'a medium business', besar: 'a large business' },
    },
    employerSave: {
      branchNeedsHead: 'A branch must be linked to a registered head office.',
      removedRestoreFirst: 'This record was removed; restore it before editing.',
      similarName: 'An employer with a similar name exists in the same desa: {{names}}. Open it, or continue if it is a different one.',
      dueBeforeDate: 'The due date cannot be before the letter date.',
    },
  },
} as const;
