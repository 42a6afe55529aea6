import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const parse = (json: string | null): Record<string, unknown> => (json ? (JSON.parse(json) as Record<string, unknown>) : {});
const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** An audit entry as a field-by-field table, changed fields first and marked. */
export function AuditDiff({ before, after }: { before: string | null; after: string | null }) {
  const { t } = useTranslation();
  const b = parse(before);
  const a = parse(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changed = (k: string) => JSON.stringify(b[k]) !== JSON.stringify(a[k]);
  keys.sort((x, y) => Number(changed(y)) - Number(changed(x)));
  return (
    <Table withTableBorder layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="24%">{t('audit.field')}</Table.Th>
          <Table.Th>{t('audit.before')}</Table.Th>
          <Table.Th>{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((k) => (
          <Table.Tr key={k} bg={changed(k) ? 'yellow.0' : undefined}>
            <Table.Td>
              <Text size="sm" fw={changed(k) ? 600 : 400}>
                {t(`audit.fields.${k}`, { defaultValue: k })}
              </Text>
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{show(b[k])}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{show(a[k])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
