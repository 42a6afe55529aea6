import { Button, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePermissionCheck } from '../api/auth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import '../exports/messages.ts';
import { BulkStatusMenu } from './BulkStatusMenu.tsx';
import { EmptyRegister, type EmptyStep } from './EmptyRegister.tsx';
import { testIdsOf, type RegisterScreenConfig } from './register-config.ts';
import { useRegisterSize } from './register-queries.ts';
import { RegisterGrid, type RegisterGridHandle } from './RegisterGrid.tsx';
import { useRegisterKeys } from './use-register-keys.ts';
import { useUiSetting } from './ui-settings.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// A register screen: title, intro, the buttons to import, export and add; while it loads a
// spinner, when it fails a message; an empty register shows its first steps; otherwise the
// grid. The register configures it (register-config.ts) and brings its own dialogs as children.

export interface RegisterShellHandle {
  /** Reloads the rows (after the register's own dialog saved a record). */
  refresh: () => void;
}

interface Props<Row extends { uid: string }, Options> {
  ref?: Ref<RegisterShellHandle>;
  config: RegisterScreenConfig<Row, Options>;
  onAdd: () => void;
  /** False while one of the register's dialogs is open: the register's keys wait. */
  keyboardEnabled: boolean;
  /** First steps of an empty register after adding and importing (demo data, …). */
  extraSteps?: EmptyStep[];
  /** The register's dialogs (its form, …). */
  children?: ReactNode;
  /** The register's own links beside the toolbar's buttons (a review waiting). */
  toolbarExtra?: ReactNode;
  /** A line under the title about the view (opened from a coverage figure). */
  notice?: ReactNode;
}

export function RegisterShell<Row extends { uid: string }, Options>({ ref, config, onAdd, keyboardEnabled, extraSteps = [], children, toolbarExtra, notice }: Props<Row, Options>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const size = useRegisterSize(config);
  const columnSetting = useUiSetting(config.layoutKey);
  const { options, ready: optionsReady } = config.useColumnOptions();
  const grid = useRef<RegisterGridHandle | null>(null);
  const [rows, setRows] = useState<number | null>(null);
  useImperativeHandle(ref, () => ({ refresh: () => grid.current?.refresh() }), []);

  const { texts, routes } = config;
  const ids = testIdsOf(config);
  const openRecord = useCallback((uid: string) => void navigate(routes.detail(uid)), [navigate, routes]);
  // A role sees only the actions it may take (the router refuses the others anyway).
  const can = usePermissionCheck();
  const openImport = routes.import && can('records.import') ? () => void navigate(routes.import ?? '') : null;
  // A pemantau (read only) adds nothing: no button, no Ctrl+N.
  const canAdd = can('records.write');
  const empty = size.data === 0;
  const ready = size.isSuccess && columnSetting.isSuccess && optionsReady;
  useRegisterKeys({ enabled: empty && keyboardEnabled && canAdd, onNew: onAdd }); // Ctrl+N on the empty register too

  const steps: EmptyStep[] = [
    ...(canAdd ? [{ label: texts.add, hint: texts.emptyAddHint, variant: 'filled' as const, onClick: onAdd }] : []),
    ...(openImport ? [{ label: texts.import, hint: texts.emptyImportHint, variant: 'default' as const, onClick: openImport }] : []),
    ...extraSteps,
  ];

  return (
    <Stack h="calc(100vh - 90px)" gap="sm">
      {/* The title keeps a readable width (never a narrow strip); when the buttons need more room
          than is left beside it they wrap onto a second row, still on the right. */}
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div style={{ flex: '1 0 300px' }}>
          <PageTitle>{t(texts.title)}</PageTitle>
          <Text c="dimmed" size="sm">
            {t(texts.intro)}
          </Text>
        </div>
        <Group gap="xs" wrap="wrap" justify="flex-end" style={{ flex: '0 1 auto' }} data-testid="register-toolbar">
          {toolbarExtra}
          {openImport ? (
            <Button variant="default" onClick={openImport}>
              {t(texts.import)}
            </Button>
          ) : null}
          {ready && !empty && config.bulkStatus && can('records.import') ? <BulkStatusMenu actions={config.bulkStatus.actions} rows={rows} onPick={(action) => grid.current?.openBulk(action)} /> : null}
          {ready && !empty && can('records.export') ? (
            <Button variant="default" onClick={() => grid.current?.openExport()}>
              {t('exports.button')}
            </Button>
          ) : null}
          {canAdd ? (
            <Button onClick={onAdd} rightSection={<Kbd size="xs">Ctrl+N</Kbd>}>
              {t(texts.add)}
            </Button>
          ) : null}
        </Group>
      </Group>
      {notice}
      {size.isError || columnSetting.isError ? (
        <ErrorAlert error={t(texts.loadFailed)} />
      ) : !ready ? (
        <Loader aria-label={t('common.loading')} />
      ) : empty ? (
        <EmptyRegister title={texts.emptyTitle} intro={texts.emptyIntro} steps={steps} testId={ids.empty} />
      ) : (
        <RegisterGrid ref={grid} config={config} options={options} savedColumns={columnSetting.data ?? null} onOpen={openRecord} onNew={canAdd ? onAdd : () => {}} keyboardEnabled={keyboardEnabled} onRowCount={setRows} />
      )}
      {children}
    </Stack>
  );
}
