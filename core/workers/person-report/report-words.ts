import type { MessageKey } from '../../api/messages/catalogue.ts';
import type { MessageParam } from '../../api/messages/message.ts';
import { msg, render } from '../../messages.ts';

// The person's data report's words (Indonesian) and the shapes its parts share: report-data.ts
// builds the report from them, with report-identity-review.ts and report-merges.ts.

export type ReportCell = string;

export interface ReportTable {
  title: string;
  header: string[];
  rows: ReportCell[][];
  /** Relative widths of the columns (the PDF and XLSX size them by these). */
  widths: number[];
  /** Many narrow columns: the PDF sets them a point smaller. */
  dense?: boolean;
}

/** A row of the processing history: sorted by time, then by its audit id (0 for an import's). */
export interface ReportEvent {
  at: string;
  order: number;
  cells: ReportCell[];
}

/** How the report words instants, days and list codes (the office's clock, its lists). */
export interface ReportWording {
  moment(iso: string): string;
  day(iso: string | null): string;
  listLabel(list: string, code: string | null): string;
}

export const say = (key: string, params?: Record<string, MessageParam>) => render(msg(key as MessageKey, params), 'id');
export const r = (key: string, params?: Record<string, MessageParam>) => say(`personReport.${key}`, params);
export const none = () => r('none');

/** A field's label in the report's words (the register's own, then the change log's). */
export function fieldLabel(field: string): string {
  for (const key of [`workers.fields.${field}`, `audit.fields.${field}`]) {
    const words = say(key);
    if (words !== key) return words;
  }
  return field === 'periods' ? say('workers.periodNoun') : field;
}

/** "BPU 01/01/2025 – berlaku": a period by its segment and dates. */
export const periodSpan = (wording: ReportWording, p: { segment: string; startDate: string; endDate: string | null }) =>
  r('merge.period', { segment: say(`workers.segment.${p.segment}`), start: wording.day(p.startDate), end: p.endDate ? wording.day(p.endDate) : r('open') });
