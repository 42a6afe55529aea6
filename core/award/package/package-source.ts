import type { AwardCategory, AwardLevel, EvidenceKind, EvidenceState, NarrativeNode } from '../../api/award.ts';
import type { TimeZoneCode } from '../../api/office-profile.ts';

// What the evidence package, the interview brief and the self-assessment are made from: plain
// data read once from an approved cycle and what its approval froze. The builders (ZIP,
// manifest, PDFs, XLSX annexes) take only this, never the database, so the same approved cycle
// gives the same bytes.

/** A table as frozen at approval: coverage figures, a register extract, a programme list. */
export interface FrozenTable {
  title: string;
  /** Printed under the table: the denominators' sources, the data date, the filter used. */
  notes: string[];
  columns: { key: string; label: string; kind: 'text' | 'integer' | 'percent' | 'rupiah' | 'date' }[];
  rows: Record<string, string | number | null>[];
}

/** The columns a frozen coverage table gives its denominator (freeze-tables.ts), and the percent made with it. */
export const denominatorKeys = ['denominator', 'denominatorName', 'denominatorSource', 'denominatorDate', 'percent'];

/**
 * A frozen coverage table none of whose rows has a denominator: a count of participants alone (per
 * segment there is none to have). Read from the rows, so a cycle approved earlier reads the same.
 */
export const countsOnly = (table: FrozenTable): boolean =>
  table.rows.length > 0 && table.columns.some((c) => c.key === 'denominator') && table.rows.every((r) => r.denominator === null || r.denominator === undefined);

export interface PackageDocument {
  /** The name shown and used in the ZIP (made unique within its folder by the builder). */
  name: string;
  sha256: string;
  size: number;
  pages: number;
  mime: string;
  /** The stored bytes on disk (<dataDir>/documents/…): streamed, never read whole. */
  path: string;
}

export interface PackageItem {
  uid: string;
  kind: EvidenceKind;
  title: string;
  owner: string;
  state: EvidenceState;
  summary: string;
  /** "Perbup Jembrana No. 48 Tahun 2023", "Cakupan per kecamatan, Agustus 2025". */
  targetLabel: string | null;
  /** kind 'coverage' and 'register_extract' (and 'regulation': its metadata as a two-column table). */
  table: FrozenTable | null;
  /** kind 'narrative'. */
  narrative: NarrativeNode | null;
  /** The item's documents, and a regulation item's own documents. */
  documents: PackageDocument[];
}

export interface PackageIndicator {
  code: string;
  title: string;
  evidenceAsked: string;
  weight: number | null;
  maxScore: number | null;
  selfScore: number | null;
  selfNote: string;
  items: PackageItem[];
}

export interface PackageAspect {
  code: string;
  title: string;
  description: string;
  weight: number | null;
  indicators: PackageIndicator[];
}

export interface PackageSource {
  office: {
    name: string;
    address: string;
    phone: string;
    email: string;
    areaName: string;
    headName: string;
    headNip: string;
    logo: { mime: string; bytes: Buffer } | null;
    /** office_profile.time_zone: the zone times are printed in (WITA when absent). */
    timeZone?: TimeZoneCode;
  };
  cycle: {
    uid: string;
    edition: string;
    year: number;
    level: AwardLevel;
    category: AwardCategory;
    periodStart: string;
    periodEnd: string;
    submissionDeadline: string | null;
    interviewDate: string | null;
    ceremonyDate: string | null;
  };
  approval: {
    /** ISO timestamp; also every date written inside the package (ZIP entries, PDF and XLSX metadata). */
    approvedAt: string;
    approvedBy: string;
    approverName: string;
    approverNip: string;
    snapshotUid: string;
    snapshotMonth: string;
    /** The day the frozen month counted (its last day). */
    snapshotAt: string;
    /** When the month was frozen (ISO timestamp) and by whom: printed on the index's title page (the uid is for the manifest only). */
    snapshotFrozenAt?: string | null;
    snapshotFrozenBy?: string | null;
  };
  aspects: PackageAspect[];
  /** XLSX annexes beside the items' own tables: coverage tables, programme lists, employer compliance. */
  annexes: { fileName: string; table: FrozenTable }[];
}

/** The interview brief's facts (one A4 page for the bupati / wali kota). */
export interface BriefSource {
  office: PackageSource['office'];
  cycle: PackageSource['cycle'];
  /** null when no frozen month was chosen yet (a draft brief says so). */
  snapshotMonth: string | null;
  coverage: { label: string; numerator: number; denominator: number | null; percent: number | null; denominatorSource: string; dataDate: string } | null;
  segments: { label: string; numerator: number; percent: number | null }[];
  trend: { month: string; percent: number | null; numerator: number }[];
  targets: { label: string; value: string; achieved: string; progressPercent: number | null }[];
  regulations: { label: string; judul: string; effectiveDate: string | null }[];
  budget: { label: string; amount: number; enrolled: number; target: number | null }[];
  innovations: { title: string; summary: string }[];
  points: [string, string, string];
  /** Draft (not approved) briefs carry a mark so they are not taken for final. */
  draft: boolean;
  /** Written in the footer: when and from which data. */
  generatedAt: string;
}
