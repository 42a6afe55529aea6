import { Alert, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ColDef, GridApi, IDatasource } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions, type AuditRow } from '../../../core/api/audit.ts';
import type { ApiError } from '../../../core/api/result.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatNumber, formatTimestamp } from '../format.ts';
import { agGridLocaleId } from '../grid/ag-grid-locale-id.ts';
import { dayFirstDateFilter } from '../grid/GridDateInput.tsx';
import { gridDatasource } from '../grid/grid-datasource.ts';
import { SetColumnFilter } from '../grid/SetColumnFilter.tsx';
import { gridTheme } from '../grid/theme.ts';
import { AuditEntryDetail } from './audit/AuditEntryDetail.tsx';
import { ChainCheckButton, ChainCheckResult, useChainCheck } from './audit/ChainCheck.tsx';
import { actionWords, actorWords, entityWords, inLanguage } from './audit/words.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const zone = useOfficeZone();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const searchRef = useRef('');
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const chainCheck = useChainCheck();
  const apiRef = useRef<GridApi<AuditRow> | null>(null);

  // The record's name and, where its name and fields do not say it, what the entry did in words ("Kolom NIK ditampilkan — Register pekerja").
  const named = useCallback(
    (row: AuditRow) => [row.entityLabel, row.summary ? inLanguage(row.summary, i18n.language) : null].filter(Boolean).map((part) => ` · ${part}`).join(''),
    [i18n.language],
  );
  // Only the time sorts (the log pages on its time index); the search is over what is shown.
  const columnDefs = useMemo<ColDef<AuditRow>[]>(
    () => [
      { field: 'at', headerName: t('audit.at'), ...dayFirstDateFilter, valueFormatter: (p) => formatTimestamp(p.value, zone), width: 235, sort: 'desc', sortingOrder: ['desc', 'asc'] },
      { field: 'actorName', headerName: t('audit.actorName'), filter: 'agTextColumnFilter', sortable: false, width: 150, tooltipValueGetter: (p) => (p.value ? actorWords(t, String(p.value)) : ''), valueFormatter: (p) => (p.value ? actorWords(t, String(p.value)) : '') },
      {
        field: 'action',
        headerName: t('audit.action'),
        filter: SetColumnFilter,
        filterParams: { options: auditActions.map((a) => ({ value: a, label: actionWords(t, a) })) },
        floatingFilter: false,
        sortable: false,
        // Wide enough for the longer actions ("ganti kata sandi", "password reset") at 1366 px.
        width: 175,
        tooltipValueGetter: (p) => (p.value ? actionWords(t, String(p.value), p.data?.entity) : ''),
        valueFormatter: (p) => (p.value ? actionWords(t, String(p.value), p.data?.entity) : ''),
      },
      {
        // Which record: its kind and its name ("Perusahaan · PT Maju Jaya"); the filter is on the name.
        field: 'entityLabel',
        headerName: t('audit.entity'),
        filter: 'agTextColumnFilter',
        sortable: false,
        // The widest column: the record's kind and name; the changed fields are a few words.
        flex: 3,
        minWidth: 240,
        cellRenderer: (p: { data?: AuditRow }) =>
          p.data ? (
            <span>
              <span style={{ color: 'var(--mantine-color-dimmed)' }}>{entityWords(t, p.data.entity)}</span>
              {named(p.data)}
            </span>
          ) : null,
        tooltipValueGetter: (p) => (p.data ? `${entityWords(t, p.data.entity)}${named(p.data)}` : ''),
      },
      {
        field: 'changedFields',
        headerName: t('audit.changedFields'),
        filter: false,
        sortable: false,
        flex: 2,
        minWidth: 190,
        headerTooltip: t('audit.changedFields'),
        tooltipValueGetter: (p) => (p.data?.fieldWords ? inLanguage(p.data.fieldWords, i18n.language) : ''),
        valueFormatter: (p) => (p.data?.fieldWords ? inLanguage(p.data.fieldWords, i18n.language) : ''),
      },
    ],
    [t, i18n.language, zone, named],
  );

  const datasource = useMemo<IDatasource>(
    () =>
      gridDatasource('audit.list', {
        quickSearch: () => searchRef.current,
        onResult: (count, err) => {
          setRowCount(count);
          setError(err);
        },
      }),
    [],
  );

  useEffect(() => {
    searchRef.current = debounced;
    apiRef.current?.purgeInfiniteCache();
  }, [debounced]);

  const onRowClicked = useCallback((row: AuditRow | undefined) => row && setSelected(row.id), []);

  return (
    <Stack h="calc(100vh - 90px)">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('audit.title')}</PageTitle>
          <Text c="dimmed">{t('audit.intro')}</Text>
        </div>
        <Group>
          <Text size="sm" c="dimmed" data-testid="audit-row-count">
            {rowCount === null ? '' : t('audit.rowCount', { n: formatNumber(rowCount), count: rowCount })}
          </Text>
          <TextInput aria-label={t('common.search')} placeholder={t('audit.quickSearch')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={280} />
          <ChainCheckButton check={chainCheck} />
        </Group>
      </Group>
      <ChainCheckResult check={chainCheck} zone={zone} onOpenRow={setSelected} />
      <ErrorAlert error={error} />
      {rowCount === 0 && !search ? <Alert color="blue">{t('audit.empty')}</Alert> : null}
      <div style={{ flex: 1, minHeight: 300 }} data-testid="audit-grid">
        <AgGridReact<AuditRow>
          key={i18n.language}
          theme={gridTheme}
          rowModelType="infinite"
          datasource={datasource}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, floatingFilter: true, filterParams: { maxNumConditions: 2, buttons: ['reset'] } }}
          cacheBlockSize={100}
          maxBlocksInCache={20}
          localeText={i18n.language === 'id' ? agGridLocaleId : undefined}
          onGridReady={(e) => (apiRef.current = e.api)}
          onRowClicked={(e) => onRowClicked(e.data)}
          getRowId={(p) => String(p.data.id)}
        />
      </div>
      <Modal opened={selected !== null} onClose={() => setSelected(null)} title={t('audit.detail')} size="xl">
        {selected !== null ? <AuditEntryDetail id={selected} zone={zone} /> : null}
      </Modal>
    </Stack>
  );
}
