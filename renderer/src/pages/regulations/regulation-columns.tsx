import { Badge, type MantineColor } from '@mantine/core';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { legalStatuses, regulationJenis, regulationRecordStatuses, type LegalStatus, type RegulationRow } from '../../../../core/api/regulations.ts';
import { dayFirstDateFilter } from '../../grid/GridDateInput.tsx';
import { SetColumnFilter } from '../../grid/SetColumnFilter.tsx';
import type { RegisterColumn } from '../../registers/register-config.ts';
import { formatDate } from '../employers/shared.tsx';
import { changedAtColumn } from '../../registers/changed-at-column.tsx';

// The regulation register's columns, in their starting order and widths, with their filters.
// Words of jenis and statuses are core's (`core` namespace).

export const core = (t: TFunction, key: string) => t(key, { ns: 'core' });

export const legalStatusColor: Record<LegalStatus, MantineColor> = {
  belum_berlaku: 'gray', berlaku: 'green', berlaku_dengan_perubahan: 'teal', dicabut_sebagian: 'orange', dicabut: 'red',
};

export function LegalStatusBadge({ status, label, size = 'md' }: { status: LegalStatus; label: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    // In its own words' case and never cut ("Dicabut / tidak berlaku" read whole in the grid).
    <Badge color={legalStatusColor[status]} variant="light" size={size} tt="none" style={{ minWidth: 'max-content' }} data-testid="legal-status" data-status={status}>
      {label}
    </Badge>
  );
}

const set = (options: { value: string; label: string }[]) => ({ filter: SetColumnFilter, filterParams: { options }, floatingFilter: false });

export function regulationGridColumns(t: TFunction): RegisterColumn<RegulationRow>[] {
  function StatusCell(props: CustomCellRendererProps<RegulationRow, LegalStatus>) {
    return props.value ? <LegalStatusBadge status={props.value} label={core(t, `regulations.legalStatus.${props.value}`)} size="sm" /> : null;
  }
  const date = { ...dayFirstDateFilter, floatingFilter: false, width: 140, valueFormatter: (p: { value?: string | null }) => (p.value ? formatDate(p.value) : '') };
  return [
    { field: 'judul', headerName: core(t, 'regulations.fields.judul'), filter: 'agTextColumnFilter', width: 320, minWidth: 220, valueGetter: (p) => p.data?.judul ?? '' },
    { field: 'jenis', headerName: core(t, 'regulations.fields.jenis'), ...set(regulationJenis.map((j) => ({ value: j, label: core(t, `regulations.jenis.${j}`) }))), width: 170, valueFormatter: (p) => (p.value ? core(t, `regulations.jenis.${p.value}`) : '') },
    { field: 'nomor', headerName: core(t, 'regulations.fields.nomor'), filter: 'agTextColumnFilter', width: 130 },
    { field: 'tahun', headerName: core(t, 'regulations.fields.tahun'), filter: 'agNumberColumnFilter', width: 90 },
    { field: 'statusToday', headerName: core(t, 'regulations.fields.statusToday'), ...set(legalStatuses.map((s) => ({ value: s, label: core(t, `regulations.legalStatus.${s}`) }))), width: 230, sortable: false, cellRenderer: StatusCell },
    { field: 'teuBadan', headerName: core(t, 'regulations.fields.teuBadan'), filter: 'agTextColumnFilter', width: 170 },
    { field: 'tanggalPenetapan', headerName: core(t, 'regulations.fields.tanggalPenetapan'), ...date },
    { field: 'tanggalPengundangan', headerName: core(t, 'regulations.fields.tanggalPengundangan'), ...date },
    { field: 'effectiveDate', headerName: core(t, 'regulations.fields.effectiveDate'), ...date },
    { field: 'subjek', headerName: core(t, 'regulations.fields.subjek'), filter: 'agTextColumnFilter', width: 180 },
    { field: 'areaCode', headerName: core(t, 'regulations.fields.areaCode'), width: 160, filter: false, valueFormatter: (p) => p.data?.areaName ?? '' },
    { field: 'recordStatus', headerName: core(t, 'regulations.fields.recordStatus'), ...set(regulationRecordStatuses.map((s) => ({ value: s, label: core(t, `regulations.recordStatus.${s}`) }))), width: 130, valueFormatter: (p) => (p.value ? core(t, `regulations.recordStatus.${p.value}`) : '') },
    changedAtColumn<RegulationRow>(core(t, 'regulations.fields.updatedAt')),
  ];
}
