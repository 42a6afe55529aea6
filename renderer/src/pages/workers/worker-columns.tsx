import { Badge } from '@mantine/core';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { participationStatuses, personStatuses, segments, sexes, type ParticipationStatus, type WorkerRow } from '../../../../core/api/workers.ts';
import { dayFirstDateFilter } from '../../grid/GridDateInput.tsx';
import { SetColumnFilter, type SetFilterOption } from '../../grid/SetColumnFilter.tsx';
import type { RegisterColumn } from '../../registers/register-config.ts';
import { useListChoices } from '../../components/list-choices.ts';
import { useEmployerColumnOptions } from '../employers/employer-columns.tsx';
import { formatDate } from '../employers/shared.tsx';
import { changedAtColumn } from '../../registers/changed-at-column.tsx';

// The worker register's columns, in their starting order and widths, with their filters.

export interface WorkerColumnOptions {
  kecamatan: SetFilterOption[];
  desa: SetFilterOption[];
  categories: SetFilterOption[];
  funding: SetFilterOption[];
}

/** The area's kecamatan and desa (as the employer register has them) and the category list. */
export function useWorkerColumnOptions(): { options: WorkerColumnOptions; ready: boolean } {
  const regions = useEmployerColumnOptions();
  const categories = useListChoices('vulnerable_category');
  const funding = useListChoices('funding_source');
  const options = useMemo(() => ({ ...regions.options, categories: categories.options, funding: funding.options }), [regions.options, categories.options, funding.options]);
  return { options, ready: regions.ready && categories.query.isSuccess && funding.query.isSuccess };
}

export const participationColor: Record<ParticipationStatus, string> = { aktif: 'green', tidak_aktif: 'orange', belum_terdaftar: 'gray', tidak_dihitung: 'red', digabung: 'grape' };

/** Participation at a date; `title` says which (the person's header: "Kepesertaan hari ini (5 Des 2026)", not the record's status). */
export function ParticipationBadge({ status, label, title }: { status: ParticipationStatus; label: string; title?: string }) {
  return (
    <Badge color={participationColor[status]} variant="light" data-testid="participation-badge" title={title}>
      {label}
    </Badge>
  );
}

/** A period's programmes, stored as a JSON list: "JKK, JKM". */
function programmeList(json: unknown): string {
  if (typeof json !== 'string') return '';
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.join(', ') : '';
  } catch {
    return '';
  }
}

const set = (options: SetFilterOption[]) => ({ filter: SetColumnFilter, filterParams: { options }, floatingFilter: false });

/** The current period's columns and the person's contact: shown from the column chooser, read only. */
const plain = { sortable: false, filter: false } as const;

export function workerGridColumns(t: TFunction, { kecamatan, desa, categories, funding }: WorkerColumnOptions): RegisterColumn<WorkerRow>[] {
  const categoryLabel = new Map(categories.map((c) => [c.value, c.label]));
  const fundingLabel = new Map(funding.map((c) => [c.value, c.label]));
  function StatusCell(props: CustomCellRendererProps<WorkerRow, ParticipationStatus>) {
    // A record merged away says into which (the kept NIK, masked), not "never registered".
    const label = props.value === 'digabung' && props.data?.mergedIntoNik ? t('pekerja.detail.mergedInto', { nik: props.data.mergedIntoNik }) : t(`pekerja.participation.${props.value}`);
    return props.value ? <ParticipationBadge status={props.value} label={label} /> : null;
  }
  return [
    { field: 'name', headerName: t('pekerja.fields.name'), filter: 'agTextColumnFilter', width: 250, minWidth: 180 },
    // Sixteen digits whole: two people of one name in one desa differ only there.
    { field: 'nik', headerName: t('pekerja.fields.nik'), filter: 'agTextColumnFilter', width: 210, minWidth: 200 },
    // Region columns are not sortable: the register holds codes, which are not in the names' A-Z order.
    { field: 'desaCode', headerName: t('pekerja.fields.desa'), ...set(desa), width: 160, sortable: false, valueFormatter: (p) => p.data?.desaName ?? '' },
    { field: 'segment', headerName: t('pekerja.fields.segment'), ...set(segments.map((s) => ({ value: s, label: s === 'JAKON' ? 'Jakon' : s }))), width: 110, sortable: false, valueFormatter: (p) => (p.value === 'JAKON' ? 'Jakon' : (p.value ?? '')) },
    { field: 'statusToday', headerName: t('pekerja.fields.statusToday'), ...set(participationStatuses.map((s) => ({ value: s, label: t(`pekerja.participation.${s}`) }))), width: 240, sortable: false, cellRenderer: StatusCell },
    { field: 'category', headerName: t('pekerja.fields.category'), ...set(categories), width: 170, valueFormatter: (p) => (p.value ? (categoryLabel.get(p.value) ?? p.value) : '') },
    { field: 'kecamatanCode', headerName: t('pekerja.fields.kecamatan'), ...set(kecamatan), width: 140, sortable: false, valueFormatter: (p) => p.data?.kecamatanName ?? '' },
    { field: 'sex', headerName: t('pekerja.fields.sex'), ...set(sexes.map((s) => ({ value: s, label: t(`pekerja.sex.${s}`) }))), width: 120, valueFormatter: (p) => (p.value ? t(`pekerja.sex.${p.value}`) : '') },
    { field: 'birthDate', headerName: t('pekerja.fields.birthDate'), ...dayFirstDateFilter, floatingFilter: false, width: 140, valueFormatter: (p) => (p.value ? formatDate(p.value) : '') },
    { field: 'kpj', headerName: t('pekerja.fields.kpj'), filter: 'agTextColumnFilter', width: 130 },
    { field: 'identityMismatch', headerName: t('pekerja.fields.identityMismatch'), ...set(['0', '1'].map((v) => ({ value: v, label: t(`pekerja.mismatch.${v}`) }))), width: 140, valueFormatter: (p) => (p.value === undefined || p.value === null ? '' : t(`pekerja.mismatch.${String(p.value)}`)) },
    { field: 'recordStatus', headerName: t('pekerja.fields.recordStatus'), ...set(personStatuses.map((s) => ({ value: s, label: t(`pekerja.recordStatus.${s}`) }))), width: 130, valueFormatter: (p) => (p.value ? t(`pekerja.recordStatus.${p.value}`) : '') },
    changedAtColumn<WorkerRow>(t('pekerja.fields.updatedAt')),
    { field: 'address', headerName: t('pekerja.fields.address'), ...plain, width: 220 },
    { field: 'phone', headerName: t('pekerja.fields.phone'), ...plain, width: 140 },
    { field: 'occupation', headerName: t('pekerja.fields.occupation'), ...plain, width: 160 },
    { field: 'employerName', headerName: t('pekerja.fields.employer'), ...plain, width: 220 },
    { field: 'npp', headerName: t('pekerja.fields.npp'), ...plain, width: 130 },
    { field: 'programmes', headerName: t('pekerja.fields.programmes'), ...plain, width: 160, valueFormatter: (p) => programmeList(p.value) },
    { field: 'startDate', headerName: t('pekerja.fields.startDate'), ...plain, width: 120, valueFormatter: (p) => (p.value ? formatDate(p.value) : '') },
    { field: 'endDate', headerName: t('pekerja.fields.endDate'), ...plain, width: 120, valueFormatter: (p) => (p.value ? formatDate(p.value) : '') },
    { field: 'income', headerName: t('pekerja.fields.income'), ...plain, width: 140, type: 'rightAligned', valueFormatter: (p) => (typeof p.value === 'number' ? p.value.toLocaleString('id-ID') : '') },
    { field: 'funding', headerName: t('pekerja.fields.funding'), ...plain, width: 220, valueFormatter: (p) => (p.value ? (fundingLabel.get(p.value) ?? p.value) : '') },
    { field: 'payingProgramme', headerName: t('pekerja.fields.payingProgramme'), ...plain, width: 220 },
    // Never shown: holds the filter of the people behind a coverage figure (renderer/src/coverage/people-link.ts).
    { field: 'coverage', headerName: t('pekerja.fields.coverage'), hide: true, lockVisible: true, suppressColumnsToolPanel: true, sortable: false, ...set([]) },
  ];
}
