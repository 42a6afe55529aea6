// Words of the vulnerable-worker programmes (Program perlindungan pekerja rentan): the save's
// checks, and what a period naming a programme should be checked for. Indonesian first.
export const programmeMessages = {
  id: {
    programmes: {
      noun: 'Program pekerja rentan',
      save: {
        nameTaken: 'Program "{{name}}" tahun {{year}} sudah ada. Beri nama lain, atau buka program itu.',
        unknownFunding: 'Sumber dana "{{code}}" tidak ada dalam daftar sumber dana yang aktif. Pilih dari daftar, atau tambahkan di Referensi › Daftar.',
        packageMinimum: 'Paket program harus memuat JKK dan JKM (paket minimum peserta BPU); JHT boleh ditambahkan.',
        unknownCategory: 'Target kategori "{{code}}" tidak ada dalam daftar kategori pekerja rentan yang aktif.',
        duplicateCategory: 'Kategori "{{code}}" disebut dua kali dalam target. Satukan jumlahnya dalam satu baris.',
        unknownRegulation: 'Dasar hukum yang dipilih tidak ada dalam register Regulasi. Pilih lagi dari daftar, atau tulis dasar hukumnya sebagai teks.',
        regulationNotActive: '{{label}} ditandai "{{status}}" di register Regulasi, jadi tidak dapat dipilih sebagai dasar hukum. Pilih peraturan lain, atau pulihkan catatannya dulu.',
        noRulesForYear: 'Belum ada aturan iuran BPU yang berlaku 1 Januari {{year}}, jadi iuran per orang program tahun {{year}} tidak dapat dihitung. Pilih tahun lain, atau tambahkan aturan iuran tahun itu di Referensi › Aturan iuran.',
        noContribution: 'Iuran per orang tidak dapat dihitung dari aturan iuran yang berlaku pada {{date}}: {{reason}}',
      },
      period: {
        notFound: 'Program yang dipilih untuk periode mulai {{start}} tidak ditemukan. Pilih lagi dari daftar program.',
        fundingDiffers: 'Periode mulai {{start}} dibayar program "{{programme}}" (sumber dana {{programmeFunding}}), tetapi sumber dana periodenya {{funding}}. Periksa salah satunya.',
        packageDiffers: 'Periode mulai {{start}} dibayar program "{{programme}}" yang membayar {{package}}, tetapi programnya {{programmes}}. Periksa salah satunya.',
        notBpu: 'Periode {{segment}} mulai {{start}} menyebut program "{{programme}}"; program pekerja rentan membayar iuran peserta BPU.',
        outsideYear: 'Periode mulai {{start}} menyebut program "{{programme}}" tahun {{year}}, tetapi tidak berlangsung pada tahun itu.',
      },
      demo: {
        enrolled: 'Periode contoh BPU yang dibayar program contoh',
      },
    },
  },
  en: {
    programmes: {
      noun: 'Vulnerable-worker programme',
      save: {
        nameTaken: 'Programme "{{name}}" of {{year}} already exists. Give another name, or open that programme.',
        unknownFunding: 'Funding source "{{code}}" is not in the active list of funding sources. Choose one of the list, or add it under Reference › Lists.',
        packageMinimum: 'The package must hold JKK and JKM (the minimum package of a BPU participant); JHT may be added.',
        unknownCategory: 'Target category "{{code}}" is not in the active list of vulnerable-worker categories.',
        duplicateCategory: 'Category "{{code}}" appears twice in the targets. Put its number in one line.',
        unknownRegulation: 'The chosen legal basis is not in the Regulations register. Choose it again from the list, or type the legal basis as text.',
        regulationNotActive: '{{label}} is marked "{{status}}" in the Regulations register, so it cannot be chosen as the legal basis. Choose another regulation, or restore its record first.',
        noRulesForYear: 'There is no BPU contribution rule in force on 1 January {{year}}, so the contribution per person of a {{year}} programme cannot be computed. Choose another year, or add that year\'s contribution rules under Reference › Contribution rules.',
        noContribution: 'The contribution per person cannot be computed from the contribution rules in force on {{date}}: {{reason}}',
      },
      period: {
        notFound: 'The programme chosen for the period starting {{start}} is not found. Choose it again from the list of programmes.',
        fundingDiffers: 'The period starting {{start}} is paid by programme "{{programme}}" (funding {{programmeFunding}}), but the period\'s funding is {{funding}}. Check one of them.',
        packageDiffers: 'The period starting {{start}} is paid by programme "{{programme}}", which pays {{package}}, but its programmes are {{programmes}}. Check one of them.',
        notBpu: 'The {{segment}} period starting {{start}} names programme "{{programme}}"; vulnerable-worker programmes pay BPU participants\' contributions.',
        outsideYear: 'The period starting {{start}} names programme "{{programme}}" of {{year}}, but does not run in that year.',
      },
      demo: {
        enrolled: 'Demo BPU periods paid by the demo programmes',
      },
    },
  },
};
