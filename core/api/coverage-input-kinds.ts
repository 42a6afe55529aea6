// The kinds of the coverage inputs (db/schema/coverage-input.ts stores them; the forms and the
// import offer them). A leaf module: the schema and the API read the same lists.

/** Who a denominator counts: the numerator it pairs with follows from it (formal → PU, …). */
export const denominatorUniverses = ['bekerja', 'bekerja_formal', 'bekerja_informal', 'penduduk_usia_kerja', 'target_program', 'lainnya'] as const;
/** Where a number came from. */
export const coverageSourceKinds = ['bps_sakernas', 'dukcapil', 'keputusan', 'bpjs', 'dinas', 'lainnya'] as const;
/** The BPJS Ketenagakerjaan segments an aggregate or a target may be for. */
export const aggregateSegments = ['PU', 'BPU', 'JAKON', 'PMI'] as const;
export const targetKinds = ['persen', 'orang'] as const;
