import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, Group, Kbd, Loader, Modal, NumberInput, Paper, Popover, ScrollArea, Stack, Switch, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CellStyleModule, ColumnApiModule, LocaleModule, RowApiModule, ScrollApiModule, type ColDef, type ColumnState, type FilterModel, type GridApi, type GridReadyEvent, type IDatasource, type SortModelItem } from 'ag-grid-community';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { bpjsStatuses, businessScales, employerColumns, legalForms, recordStatuses, type BpjsStatus, type Employer, type EmployerRow } from '../../../../core/api/employers.ts';
import type { GridRequest } from '../../../../core/api/grid.ts';
import type { ApiError } from '../../../../core/api/result.ts';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { ExportModal, type ExportFormat } from '../../exports/ExportModal.tsx';
import { useRegionChildren, useRegionsWithin, useSetupStatus } from '../../api/queries.ts';
import { formatNumber } from '../../format.ts';
import { agGridLocaleId } from '../../grid/ag-grid-locale-id.ts';
import { dayFirstDateFilter } from '../../grid/GridDateInput.tsx';
import { gridDatasource } from '../../grid/grid-datasource.ts';
import { SetColumnFilter, type SetFilterOption } from '../../grid/SetColumnFilter.tsx';
import { gridTheme } from '../../grid/theme.ts';
import { EmployerFormModal } from './EmployerFormModal.tsx';
import { kbliSectionCodes } from './messages.ts';
import { useEmployerCounts, useLoadDemo, useRegisterSize, useSaveUiSetting, useUiSetting } from './queries.ts';
import { BpjsStatusBadge, bpjsStatusColor, employerPath, formatDate, formatNpwp, importPath, RecordStatusBadge } from './shared.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

// Register perusahaan: the employer grid (ag-grid Infinite Row Model, filtered and sorted on
// the server), BPJS status counts that act as filters, a quick search, and the first steps
// when the register is still empty.

const columnsKey = 'grid.employers.columns';
// Beyond the app-wide modules (grid/register-modules.ts): column state for the remembered
// layout, row and scroll calls for keyboard use, the Indonesian locale and aligned cells.
const gridModules = [ColumnApiModule, RowApiModule, ScrollApiModule, LocaleModule, CellStyleModule];
const activeOnly: FilterModel = { recordStatus: { filterType: 'set', values: ['aktif'] } };
const defaultColDef: ColDef<EmployerRow> = { sortable: true, resizable: true, floatingFilter: true, filterParams: { maxNumConditions: 2, buttons: ['reset'] } };
type EmployerColumn = (typeof employerColumns)[number];
const exportable = new Set<string>(employerColumns);
/** Columns not shown until the user picks them in "Kolom". */
const hiddenByDefault = new Set(['officeType', 'wlkpDate', 'updatedAt', 'kbliMain', 'legalForm']);

/** The view the register showed last: coming back from a record finds it unchanged. */
const lastView: { filterModel: FilterModel; sortModel: SortModelItem[]; search: string; firstRow: number } = {
  filterModel: activeOnly,
  sortModel: [],
  search: '',
  firstRow: 0,
};

const isActiveOnly = (model: FilterModel) => {
  const f = model.recordStatus as { filterType?: string; values?: string[] } | undefined;
  return f?.filterType === 'set' && f.values?.length === 1 && f.values[0] === 'aktif';
};
const statusFilterOf = (model: FilterModel): string | null => {
  const f = model.bpjsStatus as { values?: string[] } | undefined;
  return f?.values?.length === 1 ? (f.values[0] ?? null) : null;
};
/** Column state without the sort (the sort follows the session, the layout is remembered). */
const layoutOf = (state: ColumnState[]) => state.map(({ sort: _s, sortIndex: _i, ...rest }) => rest);

function NameCell(props: CustomCellRendererProps<EmployerRow, string> & { onOpen: (uid: string) => void }) {
  if (!props.data) return null;
  const uid = props.data.uid;
  return (
    <Anchor
      component="button"
      type="button"
      tabIndex={-1}
      size="sm"
      onClick={(e) => {
        e.stopPropagation();
        props.onOpen(uid);
      }}
    >
      {props.value}
    </Anchor>
  );
}

function StatusCell(props: CustomCellRendererProps<EmployerRow, BpjsStatus>) {
  return props.value ? <BpjsStatusBadge status={props.value} /> : null;
}

function RecordCell(props: CustomCellRendererProps<EmployerRow, EmployerRow['recordStatus']>) {
  return props.value ? <RecordStatusBadge status={props.value} /> : null;
}

export function RegisterPage() {
  const { t } = useTranslation();
  const registerSize = useRegisterSize();
  const columnSetting = useUiSetting(columnsKey);
  const area = useSetupStatus().data?.area ?? null;
  const kecamatan = useRegionChildren(area?.code ?? null, area !== null);
  const desa = useRegionsWithin(area?.code ?? null, 4);
  const [formOpen, setFormOpen] = useState(false);
  const [demoOpen, setDemoOpen] = useState(false);
  const navigate = useNavigate();
  const gridRef = useRef<RegisterGridHandle | null>(null);

  const openNew = useCallback(() => setFormOpen(true), []);
  const openRecord = useCallback((uid: string) => void navigate(employerPath(uid)), [navigate]);
  const kecamatanOptions = useMemo(
    () =>
      (kecamatan.data ?? [])
        .filter((r) => r.level === 3)
        .map((r) => ({ value: r.code, label: r.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id')),
    [kecamatan.data],
  );
  const desaOptions = useMemo(() => (desa.data ?? []).map((r) => ({ value: r.code, label: r.name, group: r.parentName ?? '' })), [desa.data]);
  const onSaved = (employer: Employer) => {
    setFormOpen(false);
    gridRef.current?.refresh();
    notifications.show({
      color: 'green',
      title: t('employers.form.savedTitle'),
      message: (
        <Anchor component="button" type="button" size="sm" onClick={() => navigate(employerPath(employer.uid))}>
          {t('employers.form.savedOpen', { name: employer.name })}
        </Anchor>
      ),
    });
  };

  const empty = registerSize.data === 0;
  const ready = registerSize.isSuccess && columnSetting.isSuccess && (area === null || (kecamatan.isSuccess && desa.isSuccess));

  return (
    <Stack h="calc(100vh - 90px)" gap="sm">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>{t('employers.register.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('employers.register.intro')}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={() => void navigate(importPath)}>
            {t('employers.register.import')}
          </Button>
          {ready && !empty ? (
            <Button variant="default" onClick={() => gridRef.current?.openExport()}>
              {t('exports.button')}
            </Button>
          ) : null}
          <Button onClick={openNew} rightSection={<Kbd size="xs">Ctrl+N</Kbd>}>
            {t('employers.register.add')}
          </Button>
        </Group>
      </Group>
      {registerSize.isError || columnSetting.isError ? (
        <ErrorAlert error={t('employers.register.loadFailed')} />
      ) : !ready ? (
        <Loader aria-label={t('common.loading')} />
      ) : empty ? (
        <EmptyRegister onAdd={openNew} onImport={() => void navigate(importPath)} onDemo={() => setDemoOpen(true)} />
      ) : (
        <RegisterGrid
          ref={gridRef}
          savedColumns={columnSetting.data ?? null}
          kecamatanOptions={kecamatanOptions}
          desaOptions={desaOptions}
          onOpen={openRecord}
          onNew={openNew}
          keyboardEnabled={!formOpen && !demoOpen}
        />
      )}
      <EmployerFormModal opened={formOpen} uid={null} onClose={() => setFormOpen(false)} onSaved={onSaved} onOpenOther={(uid) => void navigate(employerPath(uid))} />
      <DemoModal opened={demoOpen} onClose={() => setDemoOpen(false)} />
      {empty ? <EmptyKeys onNew={openNew} enabled={!formOpen && !demoOpen} /> : null}
    </Stack>
  );
}

/** Ctrl+N works on the empty register too. */
function EmptyKeys({ onNew, enabled }: { onNew: () => void; enabled: boolean }) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        onNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onNew]);
  return null;
}

function EmptyRegister({ onAdd, onImport, onDemo }: { onAdd: () => void; onImport: () => void; onDemo: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={760} data-testid="employers-empty">
      <Stack>
        <Title order={3}>{t('employers.empty.title')}</Title>
        <Text>{t('employers.empty.intro')}</Text>
        <Stack gap="sm">
          {(
            [
              { label: 'employers.register.add', hint: 'employers.empty.addHint', variant: 'filled', onClick: onAdd },
              { label: 'employers.register.import', hint: 'employers.empty.importHint', variant: 'default', onClick: onImport },
              { label: 'employers.empty.demo', hint: 'employers.empty.demoHint', variant: 'light', onClick: onDemo },
            ] as const
          ).map((step) => (
            <Group key={step.label} wrap="nowrap" align="flex-start">
              <Button w={220} style={{ flexShrink: 0 }} variant={step.variant} onClick={step.onClick}>
                {t(step.label)}
              </Button>
              <Text size="sm" c="dimmed">
                {t(step.hint)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function DemoModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const area = useSetupStatus().data?.area;
  const demo = useLoadDemo();
  const [count, setCount] = useState<number | string>(500);
  const n = typeof count === 'number' ? count : Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= 100_000;
  const load = async () => {
    try {
      const result = await demo.mutateAsync({ count: n });
      notifications.show({ color: 'green', title: t('employers.demo.doneTitle'), message: t('employers.demo.done', { n: formatNumber(result.inserted) }) });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('employers.demo.title')}>
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void load();
        }}
      >
        <Text size="sm">{t('employers.demo.intro', { area: area?.name ?? '' })}</Text>
        <NumberInput
          label={t('employers.demo.count')}
          value={count}
          onChange={setCount}
          min={1}
          max={100_000}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={valid ? undefined : t('employers.demo.countInvalid')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('employers.common.cancel')}
          </Button>
          <Button type="submit" loading={demo.isPending} disabled={!valid}>
            {t('employers.demo.load')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

// ---------------------------------------------------------------------------------------

interface RegisterGridHandle {
  refresh: () => void;
  /** Opens the export of the view as it is on screen. */
  openExport: () => void;
}

interface RegisterGridProps {
  ref: Ref<RegisterGridHandle>;
  savedColumns: string | null;
  kecamatanOptions: { value: string; label: string }[];
  desaOptions: SetFilterOption[];
  onOpen: (uid: string) => void;
  onNew: () => void;
  keyboardEnabled: boolean;
}

function parseColumns(json: string | null): ColumnState[] | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as ColumnState[]) : null;
  } catch {
    return null;
  }
}

function RegisterGrid({ ref, savedColumns, kecamatanOptions, desaOptions, onOpen, onNew, keyboardEnabled }: RegisterGridProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState(lastView.search);
  const [debounced] = useDebouncedValue(search, 250);
  const searchRef = useRef(lastView.search);
  const searchInput = useRef<HTMLInputElement | null>(null);
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [filterModel, setFilterModel] = useState<FilterModel>(lastView.filterModel);
  const [columns, setColumns] = useState<ColumnState[]>([]);
  const apiRef = useRef<GridApi<EmployerRow> | null>(null);
  const counts = useEmployerCounts(filterModel as GridRequest['filterModel'], debounced);
  const saveColumns = useSaveUiSetting(columnsKey);
  const savedLayout = useRef(savedColumns);
  const saveTimer = useRef<number | undefined>(undefined);
  const ready = useRef(false);
  const [exportColumns, setExportColumns] = useState<EmployerColumn[] | null>(null);

  /** The export takes the view as it is on screen: filters, search, sort, and the columns shown in their order. */
  const openExport = useCallback(() => {
    const shown = (apiRef.current?.getAllDisplayedColumns() ?? []).map((c) => c.getColId());
    setExportColumns(shown.filter((id): id is EmployerColumn => exportable.has(id)));
  }, []);
  // The page refreshes the grid after a save, and opens the export, through this handle.
  useImperativeHandle(ref, () => ({ refresh: () => apiRef.current?.purgeInfiniteCache(), openExport }), [openExport]);

  const localeText = useMemo(
    () => (i18n.language === 'id' ? { ...agGridLocaleId, noMatchingRows: t('employers.register.gridNoRows'), noRowsToShow: t('employers.register.gridNoRows') } : undefined),
    [i18n.language, t],
  );
  const kbliOptions = useMemo(() => kbliSectionCodes.map((c) => ({ value: c, label: `${c} – ${t(`employers.kbliSections.${c}`)}` })), [t]);
  const columnDefs = useMemo<ColDef<EmployerRow>[]>(() => {
    const set = (options: SetFilterOption[]) => ({ filter: SetColumnFilter, filterParams: { options }, floatingFilter: false });
    const date = { ...dayFirstDateFilter, valueFormatter: (p: { value: string | null }) => (p.value ? formatDate(p.value) : ''), width: 140, floatingFilter: false };
    const defs: ColDef<EmployerRow>[] = [
      { field: 'name', headerName: t('employers.fields.name'), filter: 'agTextColumnFilter', width: 260, minWidth: 200, pinned: 'left', lockVisible: true, cellRenderer: NameCell, cellRendererParams: { onOpen } },
      {
        field: 'bpjsStatus',
        headerName: t('employers.fields.bpjsStatus'),
        ...set(bpjsStatuses.map((s) => ({ value: s, label: t(`employers.bpjs.${s}`) }))),
        width: 160,
        cellRenderer: StatusCell,
      },
      { field: 'kecamatanCode', headerName: t('employers.fields.kecamatan'), ...set(kecamatanOptions), width: 140, valueFormatter: (p) => p.data?.kecamatanName ?? '' },
      { field: 'desaCode', headerName: t('employers.gridHeaders.desa'), ...set(desaOptions), width: 160, valueFormatter: (p) => p.data?.desaName ?? '' },
      { field: 'workersTotal', headerName: t('employers.gridHeaders.workersTotal'), filter: 'agNumberColumnFilter', width: 150, cellClass: 'ag-right-aligned-cell', valueFormatter: (p) => (p.value === null ? '—' : p.value === undefined ? '' : formatNumber(p.value)), floatingFilter: false }, // null: unknown
      { field: 'businessScale', headerName: t('employers.gridHeaders.businessScale'), ...set(businessScales.map((s) => ({ value: s, label: t(`employers.scales.${s}`) }))), width: 120, valueFormatter: (p) => (p.value ? t(`employers.scales.${p.value}`) : '') },
      {
        field: 'kbliSection',
        headerName: t('employers.fields.kbliSection'),
        ...set(kbliOptions),
        width: 200,
        valueFormatter: (p) => (p.value ? `${p.value} – ${t(`employers.kbliSections.${p.value}`)}` : ''),
      },
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
      { field: 'updatedAt', headerName: t('employers.fields.updatedAt'), ...dayFirstDateFilter, floatingFilter: false, width: 150, valueFormatter: (p) => (p.value ? formatDate(p.value) : '') },
    ];
    // initial* values: new column definitions (language, options) never undo the user's layout.
    return defs.map(({ width, pinned, ...d }) => ({
      ...d,
      colId: d.field,
      initialHide: hiddenByDefault.has(d.field ?? ''),
      ...(width !== undefined ? { initialWidth: width } : {}),
      ...(pinned ? { initialPinned: pinned } : {}),
    }));
  }, [t, kecamatanOptions, desaOptions, kbliOptions, onOpen]);

  const datasource = useMemo<IDatasource>(
    () =>
      gridDatasource('employer', {
        quickSearch: () => searchRef.current,
        onResult: (count, err) => {
          setRowCount(count);
          setError(err);
        },
      }),
    [],
  );

  const changeSearch = (value: string) => {
    lastView.search = value;
    setSearch(value);
  };
  useEffect(() => {
    if (searchRef.current === debounced) return;
    searchRef.current = debounced;
    apiRef.current?.purgeInfiniteCache();
  }, [debounced]);

  const readColumns = useCallback(() => {
    const api = apiRef.current;
    if (api) setColumns(api.getColumnState());
  }, []);

  /** Remembers the layout (order, width, shown/hidden) in settings.ui, a moment after the last change. */
  const rememberColumns = useCallback(() => {
    readColumns();
    if (!ready.current) return;
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      const api = apiRef.current;
      if (!api) return;
      const json = JSON.stringify(layoutOf(api.getColumnState()));
      if (json === savedLayout.current) return;
      savedLayout.current = json;
      saveColumns.mutate(json);
    }, 400);
  }, [readColumns, saveColumns]);
  useEffect(() => () => window.clearTimeout(saveTimer.current), []);

  const onGridReady = useCallback(
    (e: GridReadyEvent<EmployerRow>) => {
      apiRef.current = e.api;
      const layout = parseColumns(savedLayout.current);
      if (layout) e.api.applyColumnState({ state: layout, applyOrder: true });
      if (lastView.sortModel.length) e.api.applyColumnState({ state: lastView.sortModel.map((s, i) => ({ colId: s.colId, sort: s.sort, sortIndex: i })), defaultState: { sort: null } });
      e.api.setFilterModel(lastView.filterModel);
      e.api.setGridOption('datasource', datasource);
      setColumns(e.api.getColumnState());
      window.setTimeout(() => (ready.current = true), 0);
    },
    [datasource],
  );

  const onFilterChanged = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const model = api.getFilterModel();
    lastView.filterModel = model;
    lastView.firstRow = 0;
    setFilterModel(model);
  }, []);

  const setStatusFilter = (status: string | null) => {
    const api = apiRef.current;
    if (!api) return;
    void api.setColumnFilterModel('bpjsStatus', status === null || statusFilterOf(filterModel) === status ? null : { filterType: 'set', values: [status] }).then(() => api.onFilterChanged());
  };
  const setShowAll = (showAll: boolean) => {
    const api = apiRef.current;
    if (!api) return;
    void api.setColumnFilterModel('recordStatus', showAll ? null : activeOnly.recordStatus).then(() => api.onFilterChanged());
  };
  const resetView = () => {
    changeSearch('');
    apiRef.current?.setFilterModel(activeOnly);
  };

  const startExport = (format: ExportFormat) =>
    request('employers.export', {
      format,
      filterModel: (apiRef.current?.getFilterModel() ?? filterModel) as GridRequest['filterModel'],
      sortModel: lastView.sortModel,
      columns: exportColumns ?? [],
      ...(searchRef.current.trim() ? { quickSearch: searchRef.current.trim() } : {}),
    });

  // Keyboard: "/" or Ctrl+F to the search, Ctrl+N for a new record.
  useEffect(() => {
    if (!keyboardEnabled || exportColumns !== null) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]') != null;
      const ctrl = (e.ctrlKey || e.metaKey) && !e.altKey;
      if ((ctrl && e.key.toLowerCase() === 'f') || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        searchInput.current?.focus();
        searchInput.current?.select();
      } else if (ctrl && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        onNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyboardEnabled, exportColumns, onNew]);

  /** From the search box, ArrowDown (or Enter) moves to the first row. */
  const toFirstRow = () => {
    const api = apiRef.current;
    if (!api || !rowCount) return;
    api.ensureIndexVisible(0);
    api.setFocusedCell(0, 'name');
  };

  const activeStatus = statusFilterOf(filterModel);
  const showAll = !isActiveOnly(filterModel);
  const filtered = Object.keys(filterModel).some((k) => k !== 'recordStatus') || debounced.trim() !== '' || showAll;

  return (
    <>
      <Group justify="space-between" wrap="nowrap" align="center">
        <Group gap={6} role="group" aria-label={t('employers.counts.label')} data-testid="status-counts">
          <CountButton label={t('employers.counts.all')} count={counts.data?.total} active={activeStatus === null} color="blue" onClick={() => setStatusFilter(null)} />
          {bpjsStatuses.map((s) => (
            <CountButton key={s} label={t(`employers.bpjsShort.${s}`)} title={t(`employers.bpjs.${s}`)} count={counts.data ? (counts.data.values[s] ?? 0) : undefined} active={activeStatus === s} color={bpjsStatusColor[s]} onClick={() => setStatusFilter(s)} />
          ))}
        </Group>
        <Text size="sm" c="dimmed" data-testid="employer-row-count" style={{ whiteSpace: 'nowrap' }}>
          {rowCount === null ? '' : t('employers.register.rowCount', { n: formatNumber(rowCount) })}
        </Text>
      </Group>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            ref={searchInput}
            aria-label={t('employers.register.search')}
            placeholder={t('employers.register.searchPlaceholder')}
            value={search}
            onChange={(e) => changeSearch(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'Enter') {
                e.preventDefault();
                toFirstRow();
              } else if (e.key === 'Escape' && search) {
                e.preventDefault();
                changeSearch('');
              }
            }}
            rightSection={<Kbd size="xs">/</Kbd>}
            rightSectionWidth={36}
            w={340}
            data-testid="employer-search"
          />
          {filtered && rowCount !== 0 ? (
            <Button variant="subtle" size="compact-sm" onClick={resetView}>
              {t('employers.register.resetView')}
            </Button>
          ) : null}
        </Group>
        <Group gap="md" wrap="nowrap">
          <Switch label={t('employers.register.showClosed')} checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} styles={{ label: { whiteSpace: 'nowrap' } }} />
          <ColumnChooser api={apiRef.current} columns={columns} onReset={() => apiRef.current?.resetColumnState()} />
        </Group>
      </Group>
      <ExportModal opened={exportColumns !== null} onClose={() => setExportColumns(null)} rows={rowCount} columns={exportColumns?.length ?? 0} start={startExport} />
      <ErrorAlert error={error} />
      {rowCount === 0 ? (
        <Alert color="blue" data-testid="employer-no-match">
          <Group justify="space-between">
            <Text size="sm">{t('employers.register.noMatch')}</Text>
            <Button size="compact-sm" variant="light" onClick={resetView}>
              {t('employers.register.resetView')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <div style={{ flex: 1, minHeight: 300 }} data-testid="employer-grid">
        <AgGridReact<EmployerRow>
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
            lastView.sortModel = e.api
              .getColumnState()
              .filter((c) => c.sort)
              .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
              .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }));
          }}
          onBodyScrollEnd={(e) => (lastView.firstRow = e.api.getFirstDisplayedRowIndex())}
          onFirstDataRendered={(e) => {
            if (lastView.firstRow > 0) e.api.ensureIndexVisible(lastView.firstRow, 'top');
          }}
          onColumnMoved={(e) => e.finished && rememberColumns()}
          onColumnResized={(e) => e.finished && e.source !== 'flex' && rememberColumns()}
          onColumnVisible={rememberColumns}
          onColumnPinned={rememberColumns}
          onCellKeyDown={(e) => {
            const key = (e.event as KeyboardEvent | null | undefined)?.key;
            if (key === 'Enter' && e.data) onOpen(e.data.uid);
          }}
          onRowDoubleClicked={(e) => e.data && onOpen(e.data.uid)}
          getRowId={(p) => p.data.uid}
        />
      </div>
    </>
  );
}

function CountButton({ label, title, count, active, color, onClick }: { label: string; title?: string; count: number | undefined; active: boolean; color: string; onClick: () => void }) {
  return (
    <UnstyledButton onClick={onClick} aria-pressed={active} title={title} data-testid="status-count">
      <Badge size="lg" color={color} variant={active ? 'filled' : 'light'} tt="none" style={{ cursor: 'pointer' }} rightSection={<b>{count === undefined ? '…' : formatNumber(count)}</b>}>
        {label}
      </Badge>
    </UnstyledButton>
  );
}

function ColumnChooser({ api, columns, onReset }: { api: GridApi<EmployerRow> | null; columns: ColumnState[]; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" size="sm">
          {t('employers.register.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label={t('employers.register.columnsTitle')}>
          <Text size="sm" fw={600}>
            {t('employers.register.columnsTitle')}
          </Text>
          <ScrollArea.Autosize mah={360} offsetScrollbars>
            <Stack gap={6}>
              {columns.map((c, i) => {
                const column = api?.getColumn(c.colId);
                if (!column) return null;
                const name = column.getColDef().headerName ?? c.colId;
                const locked = column.getColDef().lockVisible === true; // the pinned name stays first
                const move = (to: number) => api?.moveColumns([c.colId], to);
                return (
                  <Group key={c.colId} gap={4} wrap="nowrap" justify="space-between">
                    <Checkbox label={name} checked={!c.hide} disabled={locked} onChange={(e) => api?.setColumnsVisible([c.colId], e.currentTarget.checked)} />
                    {locked ? null : (
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('employers.register.moveUp', { column: name })} disabled={i <= 1} onClick={() => move(i - 1)}>
                          ↑
                        </ActionIcon>
                        <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('employers.register.moveDown', { column: name })} disabled={i === columns.length - 1} onClick={() => move(i + 1)}>
                          ↓
                        </ActionIcon>
                      </Group>
                    )}
                  </Group>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Text size="xs" c="dimmed" maw={240}>
            {t('employers.register.columnsHint')}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={onReset}>
            {t('employers.register.columnsReset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
