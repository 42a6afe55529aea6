import { z } from 'zod';
import type { SnippetPart } from './documents.ts';
import { isRealIsoDate } from './employers.ts';
import { v } from './messages.ts';
import type { Message } from './messages/message.ts';
import { regionCodeSchema } from './reference.ts';
import {
  commitmentKinds, regulationJenis, regulationRecordStatuses, relationKinds,
  type CommitmentKind, type LegalStatus, type RegulationJenis, type RegulationRecordStatus, type RelationKind,
} from './regulation-kinds.ts';

export * from './regulation-kinds.ts';

// The regulation register's contract (Regulasi): a record with its JDIH metadata, its
// commitments, its relations to other records and the status that follows from them.

const isoDate = z.string().refine(isRealIsoDate, v.invalid);
const text = (max: number) => z.string().trim().max(max, v.tooLong).default('');
const uid = z.string().min(1).max(80);

export const regulationInputSchema = z
  .object({
    uid: uid.optional(),
    jenis: z.enum(regulationJenis),
    singkatanJenis: text(40),
    nomor: text(80),
    tahun: z.number({ error: v.yearBetween1945And2100 }).int(v.yearBetween1945And2100).min(1945, v.yearBetween1945And2100).max(2100, v.yearBetween1945And2100).nullable().default(null),
    judul: z.string().trim().min(3, v.required).max(1000, v.tooLong),
    teuBadan: text(200),
    tempatPenetapan: text(100),
    tanggalPenetapan: isoDate.nullable().default(null),
    tanggalPengundangan: isoDate.nullable().default(null),
    sumber: text(300),
    subjek: text(500),
    bidangHukum: text(200),
    bahasa: text(60),
    lokasi: text(200),
    abstrak: text(20_000),
    penandatangan: text(200),
    pemrakarsa: text(200),
    areaCode: regionCodeSchema.nullable().default(null),
    effectiveDate: isoDate.nullable().default(null),
    jdihnId: z.string().trim().max(80).nullable().default(null),
    // A link the register can open: a web address, not words.
    urlDownload: z
      .string()
      .trim()
      .max(2000, v.tooLong)
      .refine((s) => s === '' || /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(s), v.webAddress)
      .default(''),
    notes: text(4000),
  })
  .strict();
export type RegulationInput = z.input<typeof regulationInputSchema>;
export type RegulationValues = z.output<typeof regulationInputSchema>;

export interface Regulation extends Omit<RegulationValues, 'uid'> {
  id: number;
  uid: string;
  areaName: string | null;
  recordStatus: RegulationRecordStatus;
  statusReason: string;
  statusDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export const commitmentInputSchema = z
  .object({
    uid: uid.optional(),
    regulationUid: uid,
    kind: z.enum(commitmentKinds),
    year: z.number({ error: v.yearBetween1945And2100 }).int(v.yearBetween1945And2100).min(1945, v.yearBetween1945And2100).max(2100, v.yearBetween1945And2100).nullable().default(null),
    targetCount: z.number({ error: v.whole0To100Million }).int(v.whole0To100Million).min(0, v.whole0To100Million).max(100_000_000, v.whole0To100Million).nullable().default(null),
    targetPercent: z.number({ error: v.percent0to100 }).min(0, v.percent0to100).max(100, v.percent0to100).nullable().default(null),
    amount: z.number({ error: v.rupiahWhole }).max(Number.MAX_SAFE_INTEGER, v.rupiahTooLarge).int(v.rupiahWhole).min(0, v.rupiahWhole).nullable().default(null),
    category: z.string().max(60).nullable().default(null),
    fundingSource: z.string().max(60).nullable().default(null),
    description: text(2000),
    dueDate: isoDate.nullable().default(null),
    doneDate: isoDate.nullable().default(null),
  })
  .strict();
export type CommitmentInput = z.input<typeof commitmentInputSchema>;
export type CommitmentValues = z.output<typeof commitmentInputSchema>;

export interface Commitment extends Omit<CommitmentValues, 'uid' | 'regulationUid'> {
  uid: string;
  kind: CommitmentKind;
}

export const relationInputSchema = z.object({ fromUid: uid, toUid: uid, kind: z.enum(relationKinds), note: text(500) }).strict();
export type RelationInput = z.input<typeof relationInputSchema>;

/** A relation as one record's page shows it: its own side's word, and the other record. */
export interface RelationView {
  uid: string;
  kind: RelationKind;
  /** 'from': this record acts (mengubah X); 'to': it is acted on (diubah dengan X). */
  side: 'from' | 'to';
  other: { uid: string; label: string; jenis: RegulationJenis; recordStatus: RegulationRecordStatus };
  note: string;
}

/** One instrument of a rule's family on the timeline, in date order. */
export interface TimelineEntry {
  uid: string;
  label: string;
  judul: string;
  /** The day it takes effect (or was promulgated or enacted), null when unknown. */
  date: string | null;
  /** Its part in the family: the original, an amendment, a revocation (in part), or an implementing rule. */
  role: 'asal' | 'perubahan' | 'pencabutan' | 'pencabutan_sebagian';
  /** What it acts on in the family (labels). */
  acts: { kind: RelationKind; label: string }[];
  status: LegalStatus;
}

export interface RegulationDetail {
  regulation: Regulation;
  /** "Perbup Jembrana No. 48 Tahun 2023". */
  label: string;
  today: string;
  status: LegalStatus;
  relations: RelationView[];
  commitments: Commitment[];
  timeline: TimelineEntry[];
}

export interface RegulationRow {
  id: number;
  uid: string;
  jenis: RegulationJenis;
  nomor: string;
  tahun: number | null;
  judul: string;
  teuBadan: string;
  tanggalPenetapan: string | null;
  tanggalPengundangan: string | null;
  effectiveDate: string | null;
  subjek: string;
  areaCode: string | null;
  areaName: string | null;
  statusToday: LegalStatus;
  recordStatus: RegulationRecordStatus;
  updatedAt: string;
}

export const regulationStatusInput = z
  .object({ uid, recordStatus: z.enum(regulationRecordStatuses), reason: z.string().trim().max(500, v.tooLong) })
  .strict()
  .refine((x) => x.recordStatus === 'aktif' || x.reason.length >= 3, { message: v.reasonRequired, path: ['reason'] });

export const statusAtInput = z.object({ uid, date: isoDate }).strict();

/** A duty of a regulation in the one due list beside the employers' follow-ups. */
export interface RegulationDuty {
  source: 'regulation';
  uid: string;
  regulationUid: string;
  regulationLabel: string;
  description: string;
  dueDate: string;
  overdue: boolean;
}

/** What a JDIHN file holds before it is imported: the records read, or why it was refused. */
export interface JdihnStaged {
  /** A staged CSV of the file's records, under the register's import headers: the shared pipeline reads it. */
  fileToken: string;
  records: number;
  /** Problems of the file itself, each naming the record (1-based) and the field. */
  notes: { record: number; field: string; message: Message }[];
}

/** A programme that names a regulation as its legal basis, with its people and money. */
export interface FundedProgramme {
  uid: string;
  name: string;
  year: number;
  status: 'aktif' | 'selesai';
  fundingLabel: string;
  /** Sum of the programme's category targets. */
  target: number;
  /** People enrolled in the programme's year (entered-in-error people not counted). */
  enrolled: number;
  budget: number;
  /** What the enrolled people cost in the year (person-months × monthly contribution). */
  enrolledCost: number;
}

/** A commitment beside what the linked programmes achieved, where the data exists. */
export interface CommitmentProgress {
  commitmentUid: string;
  kind: 'target' | 'anggaran';
  year: number | null;
  /** target: the people committed (null when given as a percentage only); anggaran: the amount. */
  committed: number | null;
  targetPercent: number | null;
  /** target: people enrolled in the linked programmes of that year; anggaran: their budgets. */
  achieved: number;
  /** anggaran only: what the enrolled people of those programmes cost. */
  spent: number | null;
  /** How many linked programmes the figure is from (0: nothing to compare yet). */
  programmes: number;
}

export interface RegulationProgrammes {
  programmes: FundedProgramme[];
  progress: CommitmentProgress[];
}

/** A hit inside a regulation's document, with the regulation it belongs to. */
export interface RegulationDocumentHit {
  regulationUid: string;
  regulationLabel: string;
  judul: string;
  recordStatus: RegulationRecordStatus;
  documentUid: string;
  linkUid: string;
  name: string;
  page: number;
  snippet: SnippetPart[];
}
