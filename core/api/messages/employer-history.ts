import { employerWords } from './employer.ts';

// The employer record's stored fields the grid does not show, as the change log and a record's
// history name them (core/registers/employer/employer-history.ts).
export const employerHistoryWords = {
  id: {
    employerHistory: {
      kbliCodes: 'Kode KBLI', address: 'Alamat', headOfficeId: 'Kantor pusat', ownerName: 'Pemilik / penanggung jawab', contactPhone: 'Telepon', contactEmail: 'E-mail',
      workersMale: 'Pekerja laki-laki', workersFemale: 'Pekerja perempuan', workersPkwtt: 'PKWTT (tetap)', workersPkwt: 'PKWT (kontrak)', workersHarianLepas: 'Harian lepas',
      workersBorongan: 'Borongan', workersForeign: 'Tenaga kerja asing', wlkpNumber: 'Nomor WLKP', bpjsProgrammes: 'Program BPJS', notes: 'Catatan', statusReason: 'Alasan status', statusDate: 'Tanggal status',
    },
  },
  en: {
    employerHistory: {
      kbliCodes: 'KBLI codes', address: 'Address', headOfficeId: 'Head office', ownerName: 'Owner / person in charge', contactPhone: 'Phone', contactEmail: 'E-mail',
      workersMale: 'Male workers', workersFemale: 'Female workers', workersPkwtt: 'PKWTT (permanent)', workersPkwt: 'PKWT (fixed-term)', workersHarianLepas: 'Casual daily',
      workersBorongan: 'Piece-rate', workersForeign: 'Foreign workers', wlkpNumber: 'WLKP number', bpjsProgrammes: 'BPJS programmes', notes: 'Notes', statusReason: 'Status reason', statusDate: 'Status date',
    },
  },
} as const;

/** Every word the employer register brings to the shared catalogues. */
export const employerRegisterWords = {
  id: { ...employerWords.id, ...employerHistoryWords.id },
  en: { ...employerWords.en, ...employerHistoryWords.en },
};
