import { useOfficeZone } from '../api/queries.ts';
import { dayFirstDateFilter } from '../grid/GridDateInput.tsx';
import { formatDayInZone } from '../format.ts';
import type { RegisterColumn } from './register-config.ts';

// A register's "Diubah" column: the day of its last change in the office's zone, as its filter
// picks days (core/grid/filter-sql.ts) and its history and export say it. The UTC day read off
// the timestamp showed a change at 03:25 WITA on the 7th as the 6th, and filtering on that
// day found nothing.

function ChangedAtCell({ value }: { value?: string | null }) {
  const zone = useOfficeZone();
  return value ? formatDayInZone(value, zone) : '';
}

export function changedAtColumn<Row>(headerName: string): RegisterColumn<Row> {
  return { field: 'updatedAt' as RegisterColumn<Row>['field'], headerName, ...dayFirstDateFilter, floatingFilter: false, width: 150, cellRenderer: ChangedAtCell };
}
