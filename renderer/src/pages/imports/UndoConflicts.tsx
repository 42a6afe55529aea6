import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UndoCheck } from '../../../../core/api/imports.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import type { ImportScreenConfig } from './import-screen-config.ts';
import { inLanguage } from '../audit/words.ts';

/**
 * The records an undo meets: changed after the batch (who, when, which fields, by their labels)
 * or held by other records. The fields come in the register's words from the server.
 */
export function UndoConflicts({ check, config, zone }: { check: UndoCheck; config: ImportScreenConfig; zone: TimeZoneCode }) {
  const { t, i18n } = useTranslation();
  const all = check.edited + check.held;

  return (
    <div>
      <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
        <Table withTableBorder striped verticalSpacing={4} fz="sm" data-testid="undo-conflicts" aria-label={t('imports.undo.conflictsHeading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.undo.colName')}</Table.Th>
              <Table.Th>{t('imports.undo.colWhy')}</Table.Th>
              <Table.Th>{t('imports.undo.colFields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.conflicts.map((c) => (
              <Table.Tr key={c.uid} data-uid={c.uid}>
                <Table.Td fw={500}>{c.name}</Table.Td>
                <Table.Td>
                  {c.reason === 'edited' ? (
                    <>
                      <Badge size="sm" color="orange" variant="light" tt="none">
                        {t('imports.undo.edited')}
                      </Badge>
                      {/* A child changed with its parent (a period saved in the person's form) has no entry of its own: no "by —, —". */}
                      {c.changedAt ? (
                        <Text size="xs" c="dimmed">
                          {t('imports.undo.editedBy', { who: c.changedBy ?? t('common.none'), when: formatTimestamp(c.changedAt, zone) })}
                        </Text>
                      ) : null}
                    </>
                  ) : (
                    <Badge size="sm" color="gray" variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                      {t(config.labels.heldReason)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{c.reason === 'edited' && c.fieldWords ? inLanguage(c.fieldWords, i18n.language) : t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {check.conflicts.length < all ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('imports.undo.conflictsFirst', { shown: formatNumber(check.conflicts.length), total: formatNumber(all) })}
        </Text>
      ) : null}
    </div>
  );
}
