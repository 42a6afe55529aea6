import { Alert, Button, Group, Switch, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CellStyleModule, ColumnApiModule, LocaleModule, RowApiModule, ScrollApiModule, type ColDef, type FilterModel, type GridApi, type GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api/result.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ExportModal, type ExportChoices, type ExportFormat } from '../exports/ExportModal.tsx';
import { formatNumber } from '../format.ts';
import { agGridLocaleId } from '../grid/ag-grid-locale-id.ts';
import { pageDatasource } from '../grid/grid-datasource.ts';
import { gridTheme } from '../grid/theme.ts';
import { BulkStatus, type BulkRequest } from './BulkStatus.tsx';
import { isWholeRegister } from './bulk-view.ts';
import { ColumnChooser } from './ColumnChooser.tsx';
import { gridColumnDefs } from './column-defs.ts';
import { CountBar } from './CountBar.tsx';
import { liveOnly, oneValue, singleValueOf } from './filter-models.ts';
import { describeView, type DescribedColumn } from './filter-words.ts';
import { testIdsOf, type BulkStatusAction, type FilterModel as RequestFilterModel, type RegisterScreenConfig } from './register-config.ts';
import { useRegisterCounts } from './register-queries.ts';
import { registerView } from './register-view.ts';
import { RegisterSearch } from './RegisterSearch.tsx';
import { useColumnLayout } from './use-column-layout.ts';
import { useRegisterKeys } from './use-register-keys.ts';
import { registerGridKeys } from '../grid/grid-keys.ts';
import { useGridFocusZone } from '../grid/use-grid-focus-zone.ts';
import './messages.ts';

// A register's grid (ag-grid Infinite Row Model, filtered and sorted on the server) with its
// tools: counts that filter, quick search, "show closed", reset, column chooser, export. The
// view is remembered across navigation, the column layout in settings.ui.

// Beyond the app-wide modules (grid/register-modules.ts): column state for the remembered
// layout, row and scroll calls for keyboard use, the Indonesian locale and aligned cells.
const gridModules = [ColumnApiModule, RowApiModule, ScrollApiModule, LocaleModule, CellStyleModule];
const defaultColDef: ColDef = { sortable: true, resizable: true, floatingFilter: true, filterParams: { maxNumConditions: 2, buttons: ['reset'] }, suppressKeyboardEvent: registerGridKeys };

export interface RegisterGridHandle {
  refresh: () => void;
  /** Opens the export of the view as it is on screen. */
  openExport: () => void;
  /** Opens a bulk status change of the view as it is on screen. */
  openBulk: (action: BulkStatusAction) => void;
}

interface Props<Row extends { uid: string }, Options> {
  ref: Ref<RegisterGridHandle>;
  config: RegisterScreenConfig<Row, Options>;
  options: Options;
  savedColumns: string | null;
  onOpen: (uid: string) => void;
  onNew: () => void;
  keyboardEnabled: boolean;
  /** The view's row count as it changes (null: not counted yet). */
  onRowCount?: (rows: number | null) => void;
}

export function RegisterGrid<Row extends { uid: string }, Options>({ ref, config, options, savedColumns, onOpen, onNew, keyboardEnabled, onRowCount }: Props<Row, Options>) {
  const { t, i18n } = useTranslation();
  const { texts, countBy, recordStatus, nameColumn } = config;
  const ids = testIdsOf(config);
  const live = useMemo(() => liveOnly(recordStatus), [recordStatus]);
  const view = registerView(config.key, live);
  const [search, setSearch] = useState(view.search);
  const [debounced] = useDebouncedValue(search, 250);
  const searchRef = useRef(view.search);
  const searchInput = useRef<HTMLInputElement | null>(null);
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [filterModel, setFilterModel] = useState<FilterModel>(view.filterModel);
  const apiRef = useRef<GridApi<Row> | null>(null);
  const counts = useRegisterCounts(config, filterModel as RequestFilterModel, debounced);
  const { columns, remember, restore } = useColumnLayout<Row>(config.layoutKey, savedColumns, apiRef);
  const [exportColumns, setExportColumns] = useState<string[] | null>(null);
  const [bulk, setBulk] = useState<BulkRequest | null>(null);

  /** The export takes the view as it is on screen: filters, search, sort, and the columns shown in their order. */
  const openExport = useCallback(() => {
    const exportable = new Set(config.exportColumns);
    const shown = (apiRef.current?.getAllDisplayedColumns() ?? []).map((c) => c.getColId());
    setExportColumns(shown.filter((id) => exportable.has(id)));
  }, [config.exportColumns]);
  /** A bulk change takes the view as it is on screen (filters and search), said in words. */
  const openBulk = useCallback(
    (action: BulkStatusAction) => {
      const api = apiRef.current;
      if (!api) return;
      const view = { filterModel: api.getFilterModel() as NonNullable<RequestFilterModel>, quickSearch: searchRef.current.trim() };
      const words = describeView(t, view.filterModel, view.quickSearch, (colId) => api.getColumn(colId)?.getColDef() as DescribedColumn | undefined);
      setBulk({ action, view, words, whole: isWholeRegister(view, recordStatus) });
    },
    [t, recordStatus],
  );
  const refresh = useCallback(() => apiRef.current?.purgeInfiniteCache(), []);
  /** Set when the keyboard asked for the first row before the search's page arrived. */
  const focusFirstRowOnResult = useRef(false);
  // The page refreshes the grid after a save, and opens the export and bulk changes, through this handle.
  useImperativeHandle(ref, () => ({ refresh, openExport, openBulk }), [refresh, openExport, openBulk]);

  const localeText = useMemo(
    () => (i18n.language === 'id' ? { ...agGridLocaleId, noMatchingRows: t('registers.gridNoRows'), noRowsToShow: t('registers.gridNoRows') } : undefined),
    [i18n.language, t],
  );
  const columnDefs = useMemo(
    () => gridColumnDefs(config.columns(t, options), { hiddenByDefault: config.hiddenByDefault, nameColumn, onOpen }),
    [config, t, options, nameColumn, onOpen],
  );
  const gridBox = useRef<HTMLDivElement>(null);
  const cellFocused = useGridFocusZone(apiRef, gridBox);
  const focusFirstRow = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    api.ensureIndexVisible(0);
    api.setFocusedCell(0, nameColumn);
  }, [nameColumn]);
  const { fetchPage } = config.data;
  const datasource = useMemo(
    () =>
      pageDatasource(fetchPage, {
        quickSearch: () => searchRef.current,
        onResult: (count, err) => {
          if (focusFirstRowOnResult.current) {
            focusFirstRowOnResult.current = false;
            if (count) requestAnimationFrame(focusFirstRow);
          }
          setRowCount(count);
          onRowCount?.(count);
          setError(err);
        },
      }),
    [fetchPage, onRowCount, focusFirstRow],
  );

  const changeSearch = (value: string) => {
    view.search = value;
    setSearch(value);
  };
  useEffect(() => {
    if (searchRef.current === debounced) return;
    searchRef.current = debounced;
    apiRef.current?.purgeInfiniteCache();
  }, [debounced]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<Row>) => {
      apiRef.current = e.api;
      restore(e.api);
      if (view.sortModel.length) e.api.applyColumnState({ state: view.sortModel.map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i })), defaultState: { sort: null } });
      e.api.setFilterModel(view.filterModel);
      e.api.setGridOption('datasource', datasource);
    },
    [datasource, restore, view],
  );

  const onFilterChanged = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const model = api.getFilterModel();
    view.filterModel = model;
    view.firstRow = 0;
    setFilterModel(model);
  }, [view]);

  const setColumnFilter = (column: string, model: unknown) => {
    const api = apiRef.current;
    if (!api) return;
    void api.setColumnFilterModel(column, model).then(() => api.onFilterChanged());
  };
  const resetView = () => {
    changeSearch('');
    apiRef.current?.setFilterModel(live);
  };

  /** A column a masked export hides in part (a NIK, a birth date): masking is offered when one is exported, and its sort is not kept. */
  const masks = (colId: string) => config.maskColumns?.includes(colId) ?? false;
  const startExport = (format: ExportFormat, choices: ExportChoices) => {
    const quickSearch = searchRef.current.trim();
    return config.data.startExport({
      format,
      ...(choices.maskNik ? { maskNik: true } : {}),
      columns: exportColumns ?? [],
      filterModel: (apiRef.current?.getFilterModel() ?? filterModel) as RequestFilterModel,
      sortModel: view.sortModel,
      ...(quickSearch ? { quickSearch } : {}),
    });
  };

  const focusSearch = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);
  useRegisterKeys({ enabled: keyboardEnabled && exportColumns === null && bulk === null, onNew, onSearch: focusSearch });

  /** From the search box, ArrowDown (or Enter) moves to the first row. */
  const toFirstRow = () => {
    // Typed faster than the search waits: search now, and move once that page has arrived,
    // not onto a row of the previous search that is about to be replaced.
    if (search !== searchRef.current) {
      searchRef.current = search;
      focusFirstRowOnResult.current = true;
      apiRef.current?.purgeInfiniteCache();
      return;
    }
    if (rowCount) focusFirstRow();
  };

  const showAll = singleValueOf(filterModel, recordStatus.column) !== recordStatus.active;
  const filtered = Object.keys(filterModel).some((k) => k !== recordStatus.column) || debounced.trim() !== '' || showAll;

  return (
    <>
      <Group justify="space-between" wrap="nowrap" align="center">
        <CountBar
          countBy={countBy}
          counts={counts.data}
          active={singleValueOf(filterModel, countBy.column)}
          onPick={(value) => setColumnFilter(countBy.column, value === null ? null : oneValue(value))}
          label={t(texts.countsLabel)}
          testId={ids.counts}
        />
        <Text size="sm" c="dimmed" data-testid={ids.rowCount} style={{ whiteSpace: 'nowrap' }}>
          {rowCount === null ? '' : t(texts.rowCount, { n: formatNumber(rowCount), count: rowCount })}
        </Text>
      </Group>
      {/* Wraps on a narrow window rather than pushing the column chooser past its edge. */}
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          <RegisterSearch
            ref={searchInput}
            value={search}
            onChange={changeSearch}
            onEnterGrid={toFirstRow}
            label={t(texts.search)}
            placeholder={t(texts.searchPlaceholder)}
            testId={ids.search}
          />
          {filtered && rowCount !== 0 ? (
            <Button variant="subtle" size="compact-sm" onClick={resetView}>
              {t('registers.resetView')}
            </Button>
          ) : null}
        </Group>
        <Group gap="md" wrap="nowrap">
          <Switch
            label={t(texts.showClosed)}
            checked={showAll}
            onChange={(e) => setColumnFilter(recordStatus.column, e.currentTarget.checked ? null : oneValue(recordStatus.active))}
            styles={{ label: { whiteSpace: 'nowrap' } }}
          />
          <ColumnChooser api={apiRef.current} columns={columns} onReset={() => apiRef.current?.resetColumnState()} />
        </Group>
      </Group>
      <ExportModal
        opened={exportColumns !== null}
        onClose={() => setExportColumns(null)}
        rows={rowCount}
        columns={exportColumns?.length ?? 0}
        start={startExport}
        formatHints={texts.exportHints}
        offerMaskNik={(exportColumns ?? []).some(masks)}
        maskChangesSort={view.sortModel.some((s) => masks(s.colId))}
        missingForImport={(config.reimportNeeds ?? []).filter((id) => exportColumns !== null && !exportColumns.includes(id)).map((id) => apiRef.current?.getColumn(id)?.getColDef().headerName ?? id)}
        reimportable={(config.reimportNeeds ?? []).length > 0}
      />
      {config.bulkStatus ? <BulkStatus config={{ ...config, bulkStatus: config.bulkStatus }} request={bulk} onClose={() => setBulk(null)} onChanged={refresh} /> : null}
      <ErrorAlert error={error} />
      {rowCount === 0 ? (
        <Alert color="blue" data-testid={ids.noMatch}>
          {/* Nothing filtered, yet nothing shown: every record is closed or removed (a bulk removal). */}
          <Group justify="space-between">
            <Text size="sm">{t(filtered ? texts.noMatch : 'registers.allClosed')}</Text>
            <Button size="compact-sm" variant="light" onClick={filtered ? resetView : () => setColumnFilter(recordStatus.column, null)}>
              {t(filtered ? 'registers.resetView' : texts.showClosed)}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <div style={{ flex: 1, minHeight: 300 }} data-testid={ids.grid} ref={gridBox}>
        <AgGridReact<Row>
          key={i18n.language}
          modules={gridModules}
          theme={gridTheme}
          rowModelType="infinite"
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          suppressColumnVirtualisation
          cacheBlockSize={100}
          maxBlocksInCache={20}
          localeText={localeText}
          suppressDragLeaveHidesColumns
          onGridReady={onGridReady}
          // A destroyed grid (the language switch builds a new one) answers getColumnState() with
          // undefined: a layout save still pending would throw. Forget it; the new grid sets its own.
          onGridPreDestroyed={(e) => {
            if (apiRef.current === e.api) apiRef.current = null;
          }}
          onFilterChanged={onFilterChanged}
          onSortChanged={(e) => {
            view.sortModel = e.api
              .getColumnState()
              .filter((c) => c.sort)
              .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
              .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }));
          }}
          onBodyScrollEnd={(e) => (view.firstRow = e.api.getFirstDisplayedRowIndex())}
          onFirstDataRendered={(e) => {
            if (view.firstRow > 0) e.api.ensureIndexVisible(view.firstRow, 'top');
          }}
          onColumnMoved={(e) => e.finished && remember()}
          onColumnResized={(e) => e.finished && e.source !== 'flex' && remember()}
          onColumnVisible={remember}
          onColumnPinned={remember}
          onCellKeyDown={(e) => {
            const key = (e.event as KeyboardEvent | null | undefined)?.key;
            if (key === 'Enter' && e.data) onOpen(e.data.uid);
          }}
          onCellFocused={cellFocused}
          onRowDoubleClicked={(e) => e.data && onOpen(e.data.uid)}
          getRowId={(p) => p.data.uid}
          // Tab leaves the grid; arrows, Home/End and PageUp/PageDown move inside it (grid-keys.ts).
          tabToNextCell={() => false}
        />
      </div>
    </>
  );
}
