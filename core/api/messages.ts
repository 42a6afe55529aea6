// Validation message keys shared by the zod schemas and the renderer's i18n files.
// Schemas put the key in the issue message; the renderer translates it.
export const v = {
  required: 'validation.required',
  tooShort: 'validation.tooShort',
  tooLong: 'validation.tooLong',
  email: 'validation.email',
  phone: 'validation.phone',
  phoneIndonesia: 'validation.phoneIndonesia',
  nip: 'validation.nip',
  imageType: 'validation.imageType',
  imageTooLarge: 'validation.imageTooLarge',
  invalid: 'validation.invalid',
  duplicate: 'validation.duplicate',
  nib13: 'validation.nib13',
  npwp: 'validation.npwp',
  npp: 'validation.npp',
  reasonRequired: 'validation.reasonRequired',
  yearRange: 'validation.yearRange',
  // Numbers out of range say the range and how to write a good one, not just "not valid".
  yearBetween1945And2100: 'validation.yearBetween1945And2100',
  percent0to100: 'validation.percent0to100',
  whole0To10Million: 'validation.whole0To10Million',
  whole0To100Million: 'validation.whole0To100Million',
  atMost1Billion: 'validation.atMost1Billion',
  rupiahWhole: 'validation.rupiahWhole',
  rupiahTooLarge: 'validation.rupiahTooLarge',
  endBeforeStart: 'validation.endBeforeStart',
} as const;
