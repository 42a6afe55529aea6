import type { MantineColor } from '@mantine/core';
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { GridPage, GridRequest } from '../../../core/api/grid.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import type { HistoryEntry } from '../../../core/api/registers.ts';
import type { ExportFormat } from '../exports/ExportModal.tsx';
import type { ImportScreenConfig } from '../pages/imports/import-screen-config.ts';

// What a register tells the shared register screen (RegisterShell, RegisterGrid, CountBar,
// ColumnChooser, RecordHistory): its words, columns, counts, routes and data. The shared
// pieces know no register by name; everything a register means comes through this object.

export type FilterModel = GridRequest['filterModel'];
export type SortModel = NonNullable<GridRequest['sortModel']>;

/** Counts of the view for the count bar: all rows, and rows by each value of the count-by column. */
export interface RegisterCounts {
  total: number;
  values: Record<string, number>;
}

export interface ExportRequest {
  format: ExportFormat;
  /** Column ids shown, in their order on screen (only those in `exportColumns`). */
  columns: string[];
  filterModel: FilterModel;
  sortModel: SortModel;
  quickSearch?: string;
  /** NIKs as 510301******0002 and birth dates as their year in the file, not sorted by either. */
  maskNik?: boolean;
}

/**
 * Every call the shell makes for a register. One adapter per register implements it, so
 * moving to other channels (a generic `registers.*` taking the register key) is an edit of
 * that adapter only.
 */
export interface RegisterData<Row> {
  fetchPage(request: GridRequest): Promise<GridPage<Row>>;
  fetchCounts(filterModel: FilterModel, quickSearch?: string): Promise<RegisterCounts>;
  startExport(request: ExportRequest): Promise<JobState>;
  /** One record's history (its own changes and those of imports and bulk changes), newest first. */
  historyOf(uid: string): Promise<HistoryEntry[]>;
}

/** A view's records given one status at once (registers.bulkStatus), with a reason. */
export interface BulkStatusRequest {
  filterModel: FilterModel;
  quickSearch?: string;
  status: string;
  reason: string;
  /** The day it happened (an action with a dateLabel). */
  date?: string;
}

/** One status the register lets the user give every record of a view at once (core allows it: recordStatus.bulk). */
export interface BulkStatusAction {
  status: string;
  /** i18n keys of its words: the menu item ({{n}}: records of the view), the dialog's title, its button and the toast after ({{records}}: "10 perusahaan"). */
  menu: string;
  title: string;
  confirm: string;
  done: string;
  /** Red for a removal; the default is the app's colour. */
  color?: MantineColor;
  /** i18n key of a date field the status asks (the day it happened; core: recordStatus.bulkDated): typed, never filled in. */
  dateLabel?: string;
}

export interface BulkStatusConfig {
  actions: readonly BulkStatusAction[];
  start: (request: BulkStatusRequest) => Promise<JobState>;
  /** The register's import screens: the change is a batch in their history, undone by their undo. */
  undo: ImportScreenConfig;
}

/** i18n keys of the register's own words (the shared ones live under `registers.*`). */
export interface RegisterTexts {
  title: string;
  intro: string;
  add: string;
  import: string;
  search: string;
  searchPlaceholder: string;
  /** Takes {{n}}, the rows of the view. */
  rowCount: string;
  showClosed: string;
  noMatch: string;
  loadFailed: string;
  /** The count bar's label for screen readers: what it counts and that a click filters. */
  countsLabel: string;
  emptyTitle: string;
  emptyIntro: string;
  emptyAddHint: string;
  emptyImportHint: string;
  historyIntro: string;
  historyNone: string;
  /** The key of an audit action's word in the record history ('update' → 'diubah'). */
  historyAction: (action: string) => string;
  /** The export dialog's line under each format, when the register has identity numbers to warn about. */
  exportHints?: { xlsx: string; csv: string };
}

/**
 * A register's words where it keeps them as the registers do: `<ns>.register.*`, `<ns>.counts.label`,
 * `<ns>.empty.*`, `<ns>.history.*` and `<ns>.export.*Hint`.
 */
export const registerTextsUnder = (ns: string): RegisterTexts => ({
  title: `${ns}.register.title`,
  intro: `${ns}.register.intro`,
  add: `${ns}.register.add`,
  import: `${ns}.register.import`,
  search: `${ns}.register.search`,
  searchPlaceholder: `${ns}.register.searchPlaceholder`,
  rowCount: `${ns}.register.rowCount`,
  showClosed: `${ns}.register.showClosed`,
  noMatch: `${ns}.register.noMatch`,
  loadFailed: `${ns}.register.loadFailed`,
  countsLabel: `${ns}.counts.label`,
  emptyTitle: `${ns}.empty.title`,
  emptyIntro: `${ns}.empty.intro`,
  emptyAddHint: `${ns}.empty.addHint`,
  emptyImportHint: `${ns}.empty.importHint`,
  historyIntro: `${ns}.history.intro`,
  historyNone: `${ns}.history.none`,
  historyAction: (action) => `${ns}.history.actions.${action}`,
  exportHints: { xlsx: `${ns}.export.xlsxHint`, csv: `${ns}.export.csvHint` },
});

/** The column whose values the count bar counts; a click on a count filters on that value. */
export interface CountBy {
  column: string;
  values: readonly string[];
  /** i18n key of a value's short label on its badge. */
  labelKey: (value: string) => string;
  /** i18n key of the value's full name (the badge's tooltip). */
  titleKey?: (value: string) => string;
  color: (value: string) => MantineColor;
}

/** Test ids kept per register so its e2e tests find the same elements. */
export interface RegisterTestIds {
  grid: string;
  search: string;
  rowCount: string;
  noMatch: string;
  empty: string;
  counts: string;
  history: string;
}

/** A column as the register writes it: `width` and `pinned` are the starting layout only. */
export type RegisterColumn<Row> = ColDef<Row> & { field: NonNullable<ColDef<Row>['field']> };

export interface RegisterScreenConfig<Row extends { uid: string }, Options = undefined> {
  /** Names the register in remembered views and default test ids. */
  key: string;
  /** Query key prefix: a save that invalidates it refreshes counts, size and history. */
  queryKey: readonly unknown[];
  /** settings.ui key of the remembered column layout. */
  layoutKey: string;
  texts: RegisterTexts;
  testIds?: Partial<RegisterTestIds>;
  /** Option lists the columns' filters need (kecamatan of the area, …), loaded by the register. */
  useColumnOptions: () => { options: Options; ready: boolean };
  columns: (t: TFunction, options: Options) => RegisterColumn<Row>[];
  hiddenByDefault: readonly string[];
  /** The record's name: pinned, a link to the record, where the keyboard enters the grid. */
  nameColumn: string;
  countBy: CountBy;
  /** The record-status column and its value for live records: the default view shows only those. */
  recordStatus: { column: string; active: string };
  /** Columns the export accepts. */
  exportColumns: readonly string[];
  /** Columns the register's import needs: an export without them is said not to import back. */
  reimportNeeds?: readonly string[];
  /**
   * Columns of a person's identity a masked export hides in part (the NIK, and the birth date its
   * hidden digits hold): the export dialog offers masking when one of them is exported.
   */
  maskColumns?: readonly string[];
  routes: { detail: (uid: string) => string; import?: string };
  data: RegisterData<Row>;
  /** Statuses given to all records of a view at once ("Tindakan" menu); none: no menu. */
  bulkStatus?: BulkStatusConfig;
}

export const testIdsOf = (config: Pick<RegisterScreenConfig<{ uid: string }, unknown>, 'key' | 'testIds'>): RegisterTestIds => ({
  grid: `${config.key}-grid`,
  search: `${config.key}-search`,
  rowCount: `${config.key}-row-count`,
  noMatch: `${config.key}-no-match`,
  empty: `${config.key}-empty`,
  counts: `${config.key}-counts`,
  history: `${config.key}-history`,
  ...config.testIds,
});
