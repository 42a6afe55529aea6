// Starting contents of the editable lists (lookup_item). Offices edit them; these
// rows are only inserted into an empty list.
type Seed = { code: string; labelId: string; labelEn: string; description?: string };

export const seedSegments: Seed[] = [
  { code: 'PU', labelId: 'Penerima Upah (PU)', labelEn: 'Wage earners (PU)' },
  { code: 'BPU', labelId: 'Bukan Penerima Upah (BPU)', labelEn: 'Non-wage earners (BPU)' },
  { code: 'JAKON', labelId: 'Jasa Konstruksi (Jakon)', labelEn: 'Construction projects (Jakon)' },
  { code: 'PMI', labelId: 'Pekerja Migran Indonesia (PMI)', labelEn: 'Indonesian migrant workers (PMI)' },
];

// Categories seen in Bali programmes (domain brief); keep the list editable.
export const seedVulnerableCategories: Seed[] = [
  ['petani', 'Petani', 'Farmers'],
  ['nelayan', 'Nelayan', 'Fishers'],
  ['peternak', 'Peternak', 'Livestock keepers'],
  ['pedagang_kecil', 'Pedagang kecil', 'Small traders'],
  ['buruh_harian', 'Buruh harian', 'Day labourers'],
  ['buruh_panggul', 'Buruh panggul', 'Porters'],
  ['perajin', 'Perajin', 'Craftspeople'],
  ['tukang_parkir', 'Tukang parkir', 'Parking attendants'],
  ['ojek', 'Ojek', 'Motorcycle taxi drivers'],
  ['seniman', 'Seniman', 'Artists'],
  ['pekerja_disabilitas', 'Pekerja disabilitas', 'Workers with disabilities'],
  ['kader_posyandu', 'Kader posyandu', 'Posyandu health volunteers'],
  ['jumantik', 'Jumantik', 'Mosquito-larva monitors (jumantik)'],
  ['linmas', 'Linmas', 'Community protection (linmas)'],
  ['pecalang', 'Pecalang', 'Customary security (pecalang)'],
  ['sulinggih', 'Sulinggih', 'High priests (sulinggih)'],
  ['pemangku', 'Pemangku', 'Temple priests (pemangku)'],
  ['kelian_adat', 'Kelian / bandesa adat', 'Customary village heads (kelian / bandesa adat)'],
  ['petengen', 'Petengen', 'Customary treasurers (petengen)'],
  ['penyarikan', 'Penyarikan', 'Customary secretaries (penyarikan)'],
  ['pakaseh', 'Pakaseh', 'Subak irrigation heads (pakaseh)'],
  ['penerima_pkh', 'Penerima PKH', 'PKH cash-transfer recipients'],
  ['non_asn', 'Pegawai non-ASN', 'Non-civil-servant government staff'],
].map(([code, labelId, labelEn]) => ({ code: code as string, labelId: labelId as string, labelEn: labelEn as string }));

export const seedFundingSources: Seed[] = [
  { code: 'mandiri', labelId: 'Mandiri (bayar sendiri)', labelEn: 'Self-paid' },
  { code: 'pemberi_kerja', labelId: 'Pemberi kerja', labelEn: 'Employer' },
  { code: 'apbd_provinsi', labelId: 'APBD provinsi', labelEn: 'Provincial budget (APBD)' },
  { code: 'apbd_kabkota', labelId: 'APBD kabupaten/kota', labelEn: 'District/city budget (APBD)' },
  { code: 'apbdes', labelId: 'APBDes (dana desa)', labelEn: 'Village budget (APBDes)' },
  { code: 'csr', labelId: 'CSR perusahaan', labelEn: 'Corporate CSR' },
  { code: 'lainnya', labelId: 'Lainnya', labelEn: 'Other' },
];

export const seedLists = {
  segment: seedSegments,
  vulnerable_category: seedVulnerableCategories,
  funding_source: seedFundingSources,
} as const;
