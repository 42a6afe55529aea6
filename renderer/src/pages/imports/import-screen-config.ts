import type { QueryKey } from '@tanstack/react-query';
import type { ImportRegister } from '../../../../core/api/imports.ts';

/**
 * What one register gives the shared import screens: its key in the import channels, where its
 * screens live, its own words, and the queries that show its records. The screens themselves
 * name no register.
 */
export interface ImportScreenConfig {
  /** The register's key in the import channels (core/registers). */
  register: ImportRegister;
  /** The import screen's route, without a leading slash. */
  path: string;
  /** The register's own page, offered after a commit. */
  registerPath: string;
  /** Where the screen sits in the navigation's Register group. */
  navOrder: number;
  /** i18n keys of the register's own words on these screens. */
  labels: {
    /** The navigation entry and the page title. */
    title: string;
    /** The sentence under the title: what files come from where. */
    intro: string;
    /** The button to the register's own page after a commit. */
    openRegister: string;
    /** The undo dialog's sentence on an import: {{file}}, {{when}}, {{inserted}}, {{updated}}. */
    undoBody: string;
    /** Why some records are always kept by an undo (other records hold them): a whole sentence. */
    heldNote: string;
    /** The same, short, beside such a record in the undo dialog's list. */
    heldReason: string;
    /**
     * How the undo dialog counts each kind of record the register's import writes (core's
     * entity: 'person', 'participation_period'): an i18n key with _added and _updated contexts
     * and {{n}}. A kind not named is counted as "data".
     */
    entities?: Record<string, string>;
  };
  /** Templates of the register's layouts (a programme list, a BPJS list): one link each; none, one template of every column. */
  templates?: readonly { layout: string; label: string }[];
  /** Where rows held for review (an identity conflict) are decided, and the link's words. */
  review?: { path: string; label: string };
  /** A next step once an import added records (people under a second NIK are found by a scan), with its note and link words. */
  afterAdding?: { path: string; note: string; label: string };
  /** Queries that show the register's records: refetched after a commit or an undo. */
  refreshKeys: readonly QueryKey[];
}
