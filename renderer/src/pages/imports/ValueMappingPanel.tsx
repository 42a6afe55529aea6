import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult, Inspection } from '../../../../core/api/imports.ts';
import { formatNumber } from '../../format.ts';
import type { Mapping } from './MappingStep.tsx';
import { useLocalized } from './shared.ts';
import { mappingOf, valueLines, type ValueMapping } from './value-mapping.ts';

interface Props {
  inspection: Inspection;
  mapping: Mapping;
  unknown: DryRunResult['unknownValues'];
  /** The value mapping the dry run was run with. */
  values: ValueMapping;
  onRecheck: (values: ValueMapping) => void;
  rechecking: boolean;
}

const headingId = 'value-mapping-heading';

/**
 * "Kata yang belum dikenal": a choice column's words the register did not know, each with how
 * many rows have it and a select of the register's values; "Periksa ulang" runs the dry run
 * again with them. The mapping is remembered with the column mapping when the import is saved.
 */
export function ValueMappingPanel({ inspection, mapping, unknown, values, onRecheck, rechecking }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const initial = useMemo(() => valueLines(unknown, values), [unknown, values]);
  const [lines, setLines] = useState(initial);
  // Nothing left unknown: a line says which mapping was used, opened on request.
  const [open, setOpen] = useState(unknown.length > 0);
  if (initial.length === 0) return null;

  const fieldOf = (key: string) => inspection.fields.find((f) => f.key === key);
  const columnOf = (key: string) => {
    const index = mapping[key];
    const header = index === null || index === undefined ? undefined : inspection.headers[index];
    return header ? `${header.letter} (${header.name || t('imports.columns.untitled')})` : null;
  };
  const choiceLabel = (field: string, value: string) => {
    const choice = fieldOf(field)?.choices?.find((c) => c.value === value);
    return choice ? localized(choice.label) : value;
  };
  const next = mappingOf(lines);
  const changed = JSON.stringify(next) !== JSON.stringify(mappingOf(initial));
  const unknownCount = unknown.reduce((n, u) => n + u.values.length, 0);
  const stillUnknown = lines.reduce((n, f) => n + f.lines.filter((l) => l.count !== null && !l.value).length, 0);
  const choose = (field: string, text: string, value: string) =>
    setLines((all) => all.map((f) => (f.field !== field ? f : { field, lines: f.lines.map((l) => (l.text === text ? { ...l, value } : l)) })));

  if (!open) {
    return (
      <Paper withBorder p="sm" data-testid="value-mapping-used">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {t('imports.values.used', {
              list: initial
                .map((f) => `${localized(fieldOf(f.field)?.label ?? { id: f.field, en: f.field })}: ${f.lines.map((l) => `"${l.text}" → ${choiceLabel(f.field, l.value)}`).join(', ')}`)
                .join('; '),
            })}
          </Text>
          <Button size="xs" variant="default" onClick={() => setOpen(true)}>
            {t('imports.values.edit')}
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="value-mapping" style={{ borderLeft: '4px solid var(--mantine-color-orange-5)' }}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {unknownCount ? t('imports.values.heading', { count: unknownCount, n: formatNumber(unknownCount) }) : t('imports.values.headingMapped')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('imports.values.intro')}
          </Text>
        </div>
        {lines.map(({ field, lines: fieldLines }) => {
          const info = fieldOf(field);
          const label = info ? localized(info.label) : field;
          const column = columnOf(field);
          const choices = (info?.choices ?? []).map((c) => ({ value: c.value, label: localized(c.label) }));
          return (
            <Stack key={field} gap={4} data-field={field}>
              <Text fw={600} size="sm">
                {column ? t('imports.values.fieldColumn', { field: label, column }) : label}
              </Text>
              <Table withTableBorder verticalSpacing={4} aria-label={label} style={{ maxWidth: 760 }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="40%">{t('imports.values.text')}</Table.Th>
                    <Table.Th w={130} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {t('imports.values.rows')}
                    </Table.Th>
                    <Table.Th>{t('imports.values.meaning')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {fieldLines.map((line) => (
                    <Table.Tr key={line.text} data-value={line.text}>
                      <Table.Td>
                        <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
                          {`"${line.text}"`}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {line.count === null ? (
                          <Text size="xs" c="dimmed">
                            {t('imports.values.mappedBefore')}
                          </Text>
                        ) : (
                          <Text size="sm" fw={600} data-testid="value-count">
                            {formatNumber(line.count)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {/* "(belum dipilih)" is a placeholder, not an option: typing searches at once; clearing unchooses. */}
                        <Select
                          size="xs"
                          searchable
                          clearable
                          placeholder={t('imports.values.notMapped')}
                          aria-label={t('imports.values.choose', { text: line.text, field: label })}
                          value={line.value || null}
                          data={choices}
                          onChange={(v) => choose(field, line.text, v ?? '')}
                          styles={line.count !== null && !line.value ? { input: { borderColor: 'var(--mantine-color-orange-5)' } } : undefined}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        })}
        <Group justify="space-between">
          <Text size="sm" c={stillUnknown ? 'orange.8' : 'dimmed'} data-testid="value-mapping-status">
            {stillUnknown ? t('imports.values.stillUnknown', { count: stillUnknown, n: formatNumber(stillUnknown) }) : t('imports.values.allChosen')}
          </Text>
          <Button onClick={() => onRecheck(next)} loading={rechecking} disabled={!changed}>
            {t('imports.values.recheck')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
