// Words of region look-ups (core/reference/regions): what a typed region name or code
// resolved to, and why not. Level words go in as parameters (regions.levels.*).
export const regionMessages = {
  id: {
    regions: {
      levels: { l1: 'provinsi', l2: 'kabupaten/kota', l3: 'kecamatan', l4: 'desa/kelurahan', any: 'wilayah' },
      empty: 'Nama {{wanted}} kosong. Isi nama {{wanted}} atau kode wilayahnya.',
      badCode: '"{{raw}}" bukan kode wilayah yang sah. Kode ditulis seperti 51.03.06 (kecamatan) atau 51.03.06.2006 (desa/kelurahan), boleh tanpa titik.',
      noSuchCode: 'Kode wilayah {{code}} tidak ada dalam data Kepmendagri. Periksa kodenya, atau tulis nama {{wanted}}.',
      codeOutside: 'Kode {{code}} ({{path}}) berada di luar wilayah kantor ({{scope}}). Periksa kodenya; data di luar wilayah kantor tidak bisa dicatat di sini.',
      codeWrongLevel: 'Kode {{code}} adalah {{got}} ({{described}}), bukan {{wanted}}. Tulis kode {{wanted}} yang lengkap.',
      adviceKind: 'Tulis jenisnya di depan nama (mis. "Kec. {{name}}" atau "Desa {{name}}"), atau pakai kode wilayah.',
      adviceParent: 'Tulis nama {{parentLevel}} juga (mis. "{{name}}, {{parentName}}"), atau pakai kode wilayah (mis. {{code}}).',
      ambiguous: '"{{raw}}" cocok dengan {{count}} wilayah: {{listed}}{{more}}. {{advice}}',
      didYouMean: ' Mungkin maksudnya: {{list}}.',
      outside: '"{{raw}}" tidak ada di {{scope}}. Nama itu hanya ada di luar wilayah kantor: {{where}}. Periksa ejaan dan alamatnya; wilayah di luar kantor tidak bisa dicatat di sini.{{didYouMean}}',
      otherLevel: '"{{raw}}" adalah {{got}} ({{path}}), bukan {{wanted}}. Tulis nama {{wanted}}, atau pakai kode wilayahnya.',
      notFound: '{{wanted, cap}} "{{raw}}" tidak ditemukan.{{didYouMean}} Periksa ejaannya, atau pakai kode wilayah.',
      notFoundIn: '{{wanted, cap}} "{{raw}}" tidak ditemukan di {{scope}}.{{didYouMean}} Periksa ejaannya, atau pakai kode wilayah.',
    },
  },
  en: {
    regions: {
      levels: { l1: 'province', l2: 'regency/city', l3: 'district (kecamatan)', l4: 'village (desa/kelurahan)', any: 'area' },
      empty: 'The {{wanted}} is empty. Enter its name or its region code.',
      badCode: '"{{raw}}" is not a valid region code. Codes look like 51.03.06 (district) or 51.03.06.2006 (village), dots optional.',
      noSuchCode: 'Region code {{code}} does not exist in the Ministry of Home Affairs data. Check the code, or enter the {{wanted}} name.',
      codeOutside: 'Code {{code}} ({{path}}) is outside the office area ({{scope}}). Check the code; areas outside the office area cannot be recorded here.',
      codeWrongLevel: 'Code {{code}} is a {{got}} ({{described}}), not a {{wanted}}. Enter the full {{wanted}} code.',
      adviceKind: 'Put the kind before the name (e.g. "Kec. {{name}}" or "Desa {{name}}"), or use the region code.',
      adviceParent: 'Also enter the {{parentLevel}} name (e.g. "{{name}}, {{parentName}}"), or use the region code (e.g. {{code}}).',
      ambiguous: '"{{raw}}" matches {{count}} areas: {{listed}}{{more}}. {{advice}}',
      didYouMean: ' Did you mean: {{list}}?',
      outside: '"{{raw}}" is not in {{scope}}. That name is found only outside the office area: {{where}}. Check the spelling and the address; areas outside the office area cannot be recorded here.{{didYouMean}}',
      otherLevel: '"{{raw}}" is not a {{wanted}} but a {{got}}: {{path}}. Enter the {{wanted}} name, or its region code.',
      notFound: 'No {{wanted}} named "{{raw}}" was found.{{didYouMean}} Check the spelling, or use the region code.',
      notFoundIn: 'No {{wanted}} named "{{raw}}" was found in {{scope}}.{{didYouMean}} Check the spelling, or use the region code.',
    },
  },
} as const;
