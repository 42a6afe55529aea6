import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../core/api/contract.ts';
import { usePermissionCheck } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { useCoverageExport } from './queries.ts';

// The dashboard's buttons: freeze a month (who may write), the engine's PDF and XLSX of the view
// on screen (with denominators and sources), and the browser's print of the page itself.

export function CoverageActions({ view, onFreeze }: { view: InputOf<'coverage.report'>; onFreeze: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const can = usePermissionCheck();
  const exporter = useCoverageExport();
  const exportAs = (format: 'pdf' | 'xlsx') =>
    exporter.mutate(
      { ...view, format },
      {
        onSuccess: (made) => made.saved && notifications.show({ color: 'green', message: t('cakupan.header.exported', { file: made.fileName }) }),
        onError: (error) => notifications.show({ color: 'red', title: t('cakupan.header.exportFailed'), message: errorText(error) }),
      },
    );
  const busy = exporter.isPending ? exporter.variables.format : null;
  return (
    <Group gap="xs" className="coverage-no-print">
      {can('records.write') ? (
        <Button variant="default" onClick={onFreeze} data-testid="coverage-freeze">
          {t('cakupan.header.freeze')}
        </Button>
      ) : null}
      <Button variant="default" onClick={() => exportAs('pdf')} loading={busy === 'pdf'} disabled={busy === 'xlsx'} data-testid="coverage-export-pdf">
        {t('cakupan.header.exportPdf')}
      </Button>
      <Button variant="default" onClick={() => exportAs('xlsx')} loading={busy === 'xlsx'} disabled={busy === 'pdf'} data-testid="coverage-export-xlsx">
        {t('cakupan.header.exportXlsx')}
      </Button>
      <Button variant="subtle" onClick={() => window.print()}>
        {t('cakupan.header.print')}
      </Button>
    </Group>
  );
}
