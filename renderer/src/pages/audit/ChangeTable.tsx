import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../core/api/audit.ts';
import { useOfficeZone } from '../../api/queries.ts';
import { withScreenDates } from './shown-dates.ts';
import { inLanguage } from './words.ts';

/**
 * The fields a change changed, named and read as the register shows them: before → after (or the
 * values alone, for a new record); dates as the app's screens write them ('6 Des 2026').
 */
export function ChangeTable({ changes, testId, valuesOnly = false }: { changes: readonly FieldChange[]; testId?: string; valuesOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const zone = useOfficeZone();
  const shown = (text: FieldChange['shownAfter'], stored: unknown) => withScreenDates(inLanguage(text, i18n.language), stored, zone);
  if (changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('changeLog.noChanges')}
      </Text>
    );
  return (
    <Table withTableBorder layout="fixed" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('audit.field')}</Table.Th>
          {valuesOnly ? <Table.Th>{t('changeLog.value')}</Table.Th> : <Table.Th>{t('audit.before')}</Table.Th>}
          {valuesOnly ? null : <Table.Th>{t('audit.after')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.field} data-field={c.field}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {inLanguage(c.label, i18n.language)}
              </Text>
            </Table.Td>
            {valuesOnly ? null : (
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Text size="sm" c="dimmed">
                  {shown(c.shownBefore, c.before)}
                </Text>
              </Table.Td>
            )}
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <Text size="sm">{shown(c.shownAfter, c.after)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
