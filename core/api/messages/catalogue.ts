import { accountMessages } from './accounts.ts';
import { auditMessages } from './audit.ts';
import { auditChainMessages } from './audit-chain.ts';
import { commonMessages } from './common.ts';
import { readMessages } from './imports-read.ts';
import { importMessages } from './imports.ts';
import { regionMessages } from './regions.ts';
import { employerCheckMessages } from './employers.ts';
import { employerComplianceMessages } from './employer-compliance.ts';
import { kbliMessages } from './kbli.ts';
import { registerMessages } from './registers.ts';
import { referenceMessages } from './reference.ts';
import { systemMessages } from './system.ts';
import { contributionMessages } from './contributions.ts';
import { nikMessages } from './nik.ts';
import { backupMessages } from './backups.ts';
import { encryptionMessages } from './encryption.ts';
import { workerMessages } from './workers.ts';
import { workerReviewMessages } from './worker-review.ts';
import { personReportMessages } from './person-report.ts';
import { programmeMessages } from './programmes.ts';
import { documentMessages } from './documents.ts';
import { regulationMessages } from './regulations.ts';
import { duplicateMessages } from './duplicates.ts';
import { coverageMessages } from './coverage.ts';
import { coverageInputMessages } from './coverage-inputs.ts';
import { demoOfficeMessages } from './demo-office.ts';
import { awardMessages } from './award.ts';

// Every catalogue of the backend's words, joined: core renders from it (CLI, files, logs) and
// the renderer loads it as the `core` namespace. A domain adds its file here; a register adds
// its own words through its declaration (the registry passes them in).

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Indonesian defines the keys; English must carry every one (the type checks). */
export type Catalogue<T> = { id: T; en: Widen<T> };

const parts = [commonMessages, registerMessages, auditMessages, auditChainMessages, readMessages, importMessages, regionMessages, employerCheckMessages, employerComplianceMessages, kbliMessages, systemMessages, referenceMessages, contributionMessages, nikMessages, backupMessages, encryptionMessages, workerMessages, accountMessages, workerReviewMessages, personReportMessages, programmeMessages, documentMessages, regulationMessages, duplicateMessages, coverageMessages, coverageInputMessages, demoOfficeMessages, awardMessages] as const;

type Merge<P extends readonly unknown[]> = P extends readonly [infer H, ...infer R] ? (H extends { id: infer I } ? I : never) & Merge<R> : unknown;
export type CatalogueShape = Merge<typeof parts>;

export const catalogue = {
  id: Object.assign({}, ...parts.map((p) => p.id)) as CatalogueShape,
  en: Object.assign({}, ...parts.map((p) => p.en)) as Widen<CatalogueShape>,
} satisfies Catalogue<CatalogueShape>;

/** A plural form's key ("skipped_other") is asked for by its base ("skipped", with a count). */
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every key of the shared catalogues ("errors.internal"). */
export type MessageKey = Paths<CatalogueShape>;
