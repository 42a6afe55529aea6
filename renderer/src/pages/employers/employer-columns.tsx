import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { bpjsStatuses, businessScales, legalForms, recordStatuses, type BpjsStatus, type EmployerRow } from '../../../../core/api/employers.ts';
import { useRegionChildren, useRegionsWithin, useSetupStatus } from '../../api/queries.ts';
import { formatNumber } from '../../format.ts';
import { dayFirstDateFilter } from '../../grid/GridDateInput.tsx';
import { SetColumnFilter, type SetFilterOption } from '../../grid/SetColumnFilter.tsx';
import type { RegisterColumn } from '../../registers/register-config.ts';
import { kbliSectionCodes } from './messages.ts';
import { BpjsStatusBadge, formatDate, formatNpwp, RecordStatusBadge } from './shared.tsx';
import { changedAtColumn } from '../../registers/changed-at-column.tsx';

// The employer register's columns, in their starting order and widths, with their filters.

export interface EmployerColumnOptions {
  kecamatan: SetFilterOption[];
  desa: SetFilterOption[];
}

/** The kecamatan and desa of the office's area, for their set filters. */
export function useEmployerColumnOptions(): { options: EmployerColumnOptions; ready: boolean } {
  const area = useSetupStatus().data?.area ?? null;
  const kecamatan = useRegionChildren(area?.code ?? null, area !== null);
  const desa = useRegionsWithin(area?.code ?? null, 4);
  const options = useMemo(
    () => ({
      kecamatan: (kecamatan.data ?? [])
        .filter((r) => r.level === 3)
        .map((r) => ({ value: r.code, label: r.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id')),
      desa: (desa.data ?? []).map((r) => ({ value: r.code, label: r.name, group: r.parentName ?? '' })),
    }),
    [kecamatan.data, desa.data],
  );
  return { options, ready: area === null || (kecamatan.isSuccess && desa.isSuccess) };
}

function StatusCell(props: CustomCellRendererProps<EmployerRow, BpjsStatus>) {
  return props.value ? <BpjsStatusBadge status={props.value} /> : null;
}

function RecordCell(props: CustomCellRendererProps<EmployerRow, EmployerRow['recordStatus']>) {
  return props.value ? <RecordStatusBadge status={props.value} /> : null;
}

const set = (options: SetFilterOption[]) => ({ filter: SetColumnFilter, filterParams: { options }, floatingFilter: false });
const date = { ...dayFirstDateFilter, valueFormatter: (p: { value: string | null }) => (p.value ? formatDate(p.value) : ''), width: 140, floatingFilter: false };

export function employerGridColumns(t: TFunction, { kecamatan, desa }: EmployerColumnOptions): RegisterColumn<EmployerRow>[] {
  const kbli = kbliSectionCodes.map((c) => ({ value: c, label: `${c} – ${t(`employers.kbliSections.${c}`)}` }));
  return [
    { field: 'name', headerName: t('employers.fields.name'), filter: 'agTextColumnFilter', width: 260, minWidth: 200 },
    { field: 'bpjsStatus', headerName: t('employers.fields.bpjsStatus'), ...set(bpjsStatuses.map((s) => ({ value: s, label: t(`employers.bpjs.${s}`) }))), width: 160, cellRenderer: StatusCell },
    // Not sortable: the register holds region codes, and codes are not in the names' A-Z order.
    { field: 'kecamatanCode', headerName: t('employers.fields.kecamatan'), ...set(kecamatan), width: 140, sortable: false, valueFormatter: (p) => p.data?.kecamatanName ?? '' },
    { field: 'desaCode', headerName: t('employers.gridHeaders.desa'), ...set(desa), width: 160, sortable: false, valueFormatter: (p) => p.data?.desaName ?? '' },
    { field: 'workersTotal', headerName: t('employers.gridHeaders.workersTotal'), filter: 'agNumberColumnFilter', width: 150, cellClass: 'ag-right-aligned-cell', valueFormatter: (p) => (p.value === null ? '—' : p.value === undefined ? '' : formatNumber(p.value)) /* null: unknown */, floatingFilter: false },
    { field: 'businessScale', headerName: t('employers.gridHeaders.businessScale'), ...set(businessScales.map((s) => ({ value: s, label: t(`employers.scales.${s}`) }))), width: 120, valueFormatter: (p) => (p.value ? t(`employers.scales.${p.value}`) : '') },
    { field: 'kbliSection', headerName: t('employers.fields.kbliSection'), ...set(kbli), width: 200, valueFormatter: (p) => (p.value ? `${p.value} – ${t(`employers.kbliSections.${p.value}`)}` : '') },
    { field: 'nib', headerName: t('employers.fields.nib'), filter: 'agTextColumnFilter', width: 160 },
    { field: 'npwp', headerName: t('employers.fields.npwp'), filter: 'agTextColumnFilter', width: 190, valueFormatter: (p) => formatNpwp(p.value) },
    { field: 'npp', headerName: t('employers.fields.npp'), filter: 'agTextColumnFilter', width: 130 },
    { field: 'legalForm', headerName: t('employers.fields.legalForm'), ...set(legalForms.map((f) => ({ value: f, label: t(`employers.legalForms.${f}`) }))), width: 130 },
    { field: 'kbliMain', headerName: t('employers.fields.kbliMain'), filter: 'agTextColumnFilter', width: 120 },
    { field: 'officeType', headerName: t('employers.fields.officeType'), ...set(['pusat', 'cabang'].map((o) => ({ value: o, label: t(`employers.officeTypes.${o}`) }))), width: 130, valueFormatter: (p) => (p.value ? t(`employers.officeTypes.${p.value}`) : '') },
    { field: 'startDate', headerName: t('employers.fields.startDate'), ...date },
    { field: 'bpjsInfoDate', headerName: t('employers.fields.bpjsInfoDate'), ...date, width: 160 },
    { field: 'wlkpDate', headerName: t('employers.fields.wlkpDate'), ...date },
    { field: 'recordStatus', headerName: t('employers.fields.recordStatus'), ...set(recordStatuses.map((s) => ({ value: s, label: t(`employers.recordStatus.${s}`) }))), width: 120, cellRenderer: RecordCell },
    changedAtColumn<EmployerRow>(t('employers.fields.updatedAt')),
  ];
}
