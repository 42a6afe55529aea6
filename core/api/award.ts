import { z } from 'zod';
import { coverageDimensions, type CoverageDimension } from './coverage.ts';
import { isRealIsoDate } from './employers.ts';
import { v } from './messages.ts';
import type { Message } from './messages/message.ts';
import type { LocalizedText } from './localized-text.ts';

// Paritrana Award (issue 16): a cycle (one edition the office takes part in), its rubric as data
// (aspects and indicators, edited by the office, never code), the evidence checklist under each
// indicator, the self-assessment, the head's approval that freezes what the package says, the
// evidence package (ZIP with manifest) and its verification, and the interview brief.
// The contract between core/award and renderer/src/award.

const isoDate = z.string().refine(isRealIsoDate, v.invalid);
const text = (max: number) => z.string().trim().max(max, v.tooLong).default('');
const uid = z.string().min(1).max(80);

export const awardLevels = ['provinsi', 'nasional'] as const;
export type AwardLevel = (typeof awardLevels)[number];
export const awardCategories = ['pemerintah_kabupaten_kota', 'pemerintah_provinsi', 'desa'] as const;
export type AwardCategory = (typeof awardCategories)[number];

/** What an evidence item is. Documents are attached through the documents channels (entity 'award_evidence'). */
export const evidenceKinds = ['regulation', 'document', 'coverage', 'register_extract', 'narrative'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** belum → draf → siap (owner says it is ready) → disetujui (a kepala bidang approved it: records.approve). */
export const evidenceStates = ['belum', 'draf', 'siap', 'disetujui'] as const;
export type EvidenceState = (typeof evidenceStates)[number];

/**
 * The register extracts an item may carry, each over the cycle's assessment period:
 * employers_followed_up: employers with a follow-up (visit, letter, call) done in the period;
 * employer_compliance: employers whose reported workforce exceeds their active PU participants;
 * programmes: the vulnerable-worker programmes of the period with target, enrolled and budget;
 * regulations_in_force: the regulations in force at the period's end.
 */
export const registerExtractKinds = ['employers_followed_up', 'employer_compliance', 'programmes', 'regulations_in_force'] as const;
export type RegisterExtractKind = (typeof registerExtractKinds)[number];

// ---------------------------------------------------------------------------------------------
// Cycle

export const cycleInputSchema = z
  .object({
    uid: uid.optional(),
    /** "Paritrana Award Provinsi Bali 2025" */
    edition: z.string().trim().min(3, v.required).max(200, v.tooLong),
    /** The year the edition is named after (the rubric is copied from the previous year's cycle). */
    year: z.number().int(v.invalid).min(2015, v.invalid).max(2100, v.invalid),
    level: z.enum(awardLevels),
    category: z.enum(awardCategories),
    periodStart: isoDate,
    periodEnd: isoDate,
    submissionDeadline: isoDate.nullable().default(null),
    interviewDate: isoDate.nullable().default(null),
    ceremonyDate: isoDate.nullable().default(null),
    /** Free text once known: "Juara 1", "Nominasi", "Tidak lolos". */
    result: text(200),
    notes: text(4000),
  })
  .strict();
export type CycleInput = z.input<typeof cycleInputSchema>;
export type CycleValues = z.output<typeof cycleInputSchema>;

export interface Approval {
  approvedAt: string;
  /** The signed-in account that approved (its display name) and the head's name and NIP from the office profile. */
  approvedBy: string;
  approverName: string;
  approverNip: string;
  /** The frozen coverage month the package's numbers come from. */
  snapshotUid: string;
  snapshotMonth: string;
}

export interface Completeness {
  /** Items counted (every item of the scope) and those siap or disetujui. */
  items: number;
  ready: number;
  /** ready ÷ items × 100, rounded; an indicator without items counts as 0 % (it asks for evidence). */
  percent: number;
  /** Indicators without any item. */
  indicatorsWithout: number;
  overdue: number;
}

export interface CycleSummary extends CycleValues {
  uid: string;
  approval: Approval | null;
  completeness: Completeness;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Rubric

export const aspectInputSchema = z
  .object({
    uid: uid.optional(),
    cycleUid: uid,
    /** "A", "1", "REG": short, unique in the cycle; sorts the aspects when position is equal. */
    code: z.string().trim().min(1, v.required).max(20, v.tooLong),
    title: z.string().trim().min(2, v.required).max(300, v.tooLong),
    description: text(4000),
    weight: z.number().min(0, v.invalid).max(1000, v.invalid).nullable().default(null),
    position: z.number().int(v.invalid).min(0, v.invalid).max(10_000, v.invalid).optional(),
  })
  .strict();
export type AspectInput = z.input<typeof aspectInputSchema>;

export const indicatorInputSchema = z
  .object({
    uid: uid.optional(),
    aspectUid: uid,
    code: z.string().trim().min(1, v.required).max(20, v.tooLong),
    title: z.string().trim().min(2, v.required).max(500, v.tooLong),
    /** What evidence it asks for, in the rubric's words. */
    evidenceAsked: text(4000),
    weight: z.number().min(0, v.invalid).max(1000, v.invalid).nullable().default(null),
    /** The highest score of the self-assessment for this indicator (e.g. 5, 100); null: not scored. */
    maxScore: z.number().min(0, v.invalid).max(1000, v.invalid).nullable().default(null),
    position: z.number().int(v.invalid).min(0, v.invalid).max(10_000, v.invalid).optional(),
  })
  .strict();
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

/** The self-assessment (penilaian awal) of one indicator: the office's own score and why. */
export const selfAssessmentInputSchema = z
  .object({
    indicatorUid: uid,
    score: z.number().min(0, v.invalid).max(1000, v.invalid).nullable(),
    note: text(4000),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Evidence

/** A tiptap (ProseMirror) document: headings, paragraphs, bullet and ordered lists, bold, italic, links. */
export interface NarrativeNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NarrativeNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
const narrativeNode: z.ZodType<NarrativeNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(40),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(narrativeNode).max(5000).optional(),
      text: z.string().max(100_000).optional(),
      marks: z.array(z.object({ type: z.string().min(1).max(40), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
    })
    .strip(),
);
export const narrativeSchema = narrativeNode.refine((n) => n.type === 'doc', v.invalid);

export const coverageEvidenceSchema = z
  .object({
    /** The frozen month the figure or table comes from. */
    snapshotUid: uid,
    /** 'total': the total figure; else the table of that breakdown. */
    dimension: z.enum(['total', ...coverageDimensions]),
  })
  .strict();
export type CoverageEvidence = z.output<typeof coverageEvidenceSchema>;

export const evidenceInputSchema = z
  .object({
    uid: uid.optional(),
    indicatorUid: uid,
    kind: z.enum(evidenceKinds),
    title: z.string().trim().min(2, v.required).max(300, v.tooLong),
    /** A person's name; ownerAccountUid when it is an account of this app. */
    owner: text(200),
    ownerAccountUid: uid.nullable().default(null),
    dueDate: isoDate.nullable().default(null),
    /** belum, draf or siap; disetujui only through award.evidence.approve. */
    state: z.enum(['belum', 'draf', 'siap']).default('belum'),
    /** What the item shows, in one or two sentences: printed under its title in the index. */
    summary: text(2000),
    /** kind 'regulation': the record it shows (its documents come with it). */
    regulationUid: uid.nullable().default(null),
    /** kind 'coverage'. */
    coverage: coverageEvidenceSchema.nullable().default(null),
    /** kind 'register_extract'. */
    extract: z.enum(registerExtractKinds).nullable().default(null),
    /** kind 'narrative'. */
    narrative: narrativeSchema.nullable().default(null),
    position: z.number().int(v.invalid).min(0, v.invalid).max(10_000, v.invalid).optional(),
  })
  .strict();
export type EvidenceInput = z.input<typeof evidenceInputSchema>;
export type EvidenceValues = z.output<typeof evidenceInputSchema>;

export interface EvidenceDocument {
  uid: string; // the link's uid (documents.remove takes it)
  name: string;
  pages: number;
  size: number;
  sha256: string;
}

/** An active account offered as an evidence item's owner (the form also takes a plain name). */
export interface OwnerAccount {
  uid: string;
  displayName: string;
}

export interface EvidenceItem extends Omit<EvidenceValues, 'uid' | 'state' | 'position'> {
  uid: string;
  position: number;
  state: EvidenceState;
  /** What the item points at, in words: "Perbup Jembrana No. 48 Tahun 2023", "Cakupan per kecamatan, Agustus 2025". */
  targetLabel: string | null;
  /** The same in each language, for the screens (`targetLabel` is the Indonesian a package freezes). */
  targetLabelText: LocalizedText | null;
  /** Documents attached to the item (kind 'document', or scans beside any kind). */
  documents: EvidenceDocument[];
  /** A 'regulation' item's own documents (read from the regulation). */
  regulationDocuments: EvidenceDocument[];
  /**
   * A 'regulation' item's record lacks what a jury asks of a regulation (its dates of enactment and
   * promulgation, its gazette where it has one): said before approval, as the package would show blanks.
   */
  regulationGaps: ('tanggalPenetapan' | 'tanggalPengundangan' | 'sumber')[];
  /** Whether it holds what its kind needs (a record, a figure, a text, a document). */
  filled: boolean;
  overdue: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  updatedAt: string;
}

export interface Indicator extends Omit<z.output<typeof indicatorInputSchema>, 'uid' | 'position'> {
  uid: string;
  position: number;
  selfScore: number | null;
  selfNote: string;
  items: EvidenceItem[];
  completeness: Completeness;
}

export interface Aspect extends Omit<z.output<typeof aspectInputSchema>, 'uid' | 'position' | 'cycleUid'> {
  uid: string;
  position: number;
  indicators: Indicator[];
  completeness: Completeness;
}

export interface CycleDetail extends CycleSummary {
  aspects: Aspect[];
  /** The three talking points of the interview brief (empty strings until written). */
  briefPoints: [string, string, string];
  /** The cycle this one's rubric was copied from, if any. */
  copiedFrom: { uid: string; edition: string } | null;
}

/** The award.package job's result: the download, and the package's size and hash for the record. */
export interface PackageBuilt {
  token: string;
  fileName: string;
  files: number;
  bytes: number;
  sha256: string;
}

/** What the package verification found, file by file. */
export interface VerifyReport {
  ok: boolean;
  /** The manifest's cycle, approval and snapshot, as written in it. */
  cycle: { edition: string; approvedAt: string; snapshotMonth: string } | null;
  files: number;
  changed: string[];
  missing: string[];
  extra: string[];
  /** Set when the ZIP or its manifest cannot be read at all: what is wrong and what to do. */
  problem: Message | null;
  /**
   * In the app only (the CLI checks without a data folder): when this app built this very file
   * (the whole ZIP's SHA-256 in its audit log) and who did, or null when it has no record of it. A
   * manifest can only vouch for the files it lists: a package whose file was changed and whose
   * manifest was written again matches its manifest, but not this record.
   */
  builtHere?: { at: string; by: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Inputs of the other channels

export const cycleUidInput = z.object({ uid }).strict();
export const copyRubricInput = z
  .object({
    cycleUid: uid,
    /** 'starter': the starter template; else the uid of another cycle (its aspects and indicators, not its evidence). */
    from: z.union([z.literal('starter'), uid]),
  })
  .strict();
export const rubricExportInput = z.object({ cycleUid: uid, format: z.enum(['xlsx', 'json']) }).strict();
/** A staged upload (imports.stage's token) of a rubric as XLSX or JSON; replaces a rubric that has no evidence yet. */
export const rubricImportInput = z.object({ cycleUid: uid, fileToken: z.string().regex(/^[a-f0-9]{32}$/) }).strict();
export const approveInput = z.object({ cycleUid: uid, snapshotUid: uid }).strict();
export const withdrawInput = z.object({ cycleUid: uid, reason: z.string().trim().min(5, v.required).max(2000, v.tooLong) }).strict();
export const briefPointsInput = z
  .object({ cycleUid: uid, points: z.tuple([text(600), text(600), text(600)]) })
  .strict();
export const selfAssessmentExportInput = z.object({ cycleUid: uid, format: z.enum(['xlsx', 'pdf']) }).strict();
export const verifyPackageInput = z.object({ fileToken: z.string().regex(/^[a-f0-9]{32}$/) }).strict();
export const removeInput = z.object({ uid }).strict();

export type CoverageEvidenceDimension = CoverageDimension | 'total';
