import { Button, FileButton, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAwardFile } from './queries.ts';
import { useRubricImport } from './rubric-file.ts';
import { useSayRefusal } from './use-refusal.ts';

// The rubric in and out as files: import (XLSX or JSON, staged) and export (XLSX or JSON).
export function RubricFiles({ cycleUid, canImport, canExport }: { cycleUid: string; canImport: boolean; canExport: boolean }) {
  const { t } = useTranslation();
  const say = useSayRefusal();
  const importRubric = useRubricImport(cycleUid);
  const exportRubric = useAwardFile('award.rubric.export');
  const onExport = (format: 'xlsx' | 'json') =>
    exportRubric.mutate(
      { cycleUid, format },
      { onSuccess: ({ fileName, saved }) => (saved ? notifications.show({ color: 'green', message: t('paritrana.rubric.exported', { file: fileName }) }) : undefined), onError: say },
    );
  return (
    <Group gap="xs">
      {canImport ? (
        <FileButton
          accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(file) => file && importRubric.mutate(file, { onSuccess: () => notifications.show({ color: 'green', message: t('paritrana.rubric.importDone') }), onError: say })}
        >
          {(props) => (
            <Button variant="default" loading={importRubric.isPending} {...props} data-testid="rubric-import">
              {t('paritrana.rubric.import')}
            </Button>
          )}
        </FileButton>
      ) : null}
      {canExport ? (
        <>
          <Button variant="default" loading={exportRubric.isPending && exportRubric.variables.format === 'xlsx'} onClick={() => onExport('xlsx')} data-testid="rubric-export-xlsx">
            {t('paritrana.rubric.exportXlsx')}
          </Button>
          <Button variant="default" loading={exportRubric.isPending && exportRubric.variables.format === 'json'} onClick={() => onExport('json')} data-testid="rubric-export-json">
            {t('paritrana.rubric.exportJson')}
          </Button>
        </>
      ) : null}
    </Group>
  );
}
