import { Alert, Autocomplete, Badge, Box, Button, Group, LoadingOverlay, ScrollArea, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StagedFileInfo } from '../../../../core/api/files.ts';
import { messageNamespace } from '../../../../core/api/messages/message.ts';
import { fieldsLackingColumn, hiddenColumnsMapped, type ImportFieldInfo, type ImportRegister, type Inspection } from '../../../../core/api/imports.ts';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { apiErrorOf } from './queries.ts';
import { isTextNamedLikeExcel, useLocalized } from './shared.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { ValueMapping } from './value-mapping.ts';

export type Mapping = Record<string, number | null>;
/** Fields given one value for all rows instead of a column (field -> value; '' while it is being chosen). */
export type Constants = Record<string, string>;

interface Props {
  register: ImportRegister;
  file: StagedFileInfo;
  inspection: Inspection;
  detectedHeaderRow: number;
  mapping: Mapping;
  constants: Constants;
  /** The value mapping the dry run will use (remembered for this source, or chosen since). */
  values: ValueMapping;
  zone: TimeZoneCode;
  headingId: string;
  onMapping: (mapping: Mapping, constants: Constants) => void;
  /** A new reading of the file (another sheet or header row); `detected` when the reader chose the row. */
  onInspection: (inspection: Inspection, detected: boolean) => void;
  onBack: () => void;
  /** Starts the dry run with the current choices; resolves to the error to show, or null. */
  onDryRun: () => Promise<string | null>;
  starting: boolean;
}

const none = 'none';
/** The column select's choice "one value for all rows". */
const oneValue = 'one-value';
const previewRows = 5;

/** Step 2: sheet, header row and which file column feeds which Lindung field. */
export function MappingStep({ register, file, inspection, detectedHeaderRow, mapping, constants, values, zone, headingId, onMapping, onInspection, onBack, onDryRun, starting }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const localized = useLocalized();
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [tried, setTried] = useState(false);

  const columnLabel = (index: number) => {
    const h = inspection.headers[index];
    return h ? `${h.letter} — ${h.name || t('imports.columns.untitled')}` : String(index + 1);
  };
  const columnOptions = useMemo(
    () => [
      { value: none, label: t('imports.columns.notImported') },
      ...inspection.headers.map((h) => ({ value: String(h.index), label: `${h.letter} — ${h.name || t('imports.columns.untitled')}` })),
    ],
    [inspection.headers, t],
  );
  const samples = (index: number | null | undefined) =>
    index === null || index === undefined
      ? ''
      : inspection.preview
          .filter((r) => !r.notData)
          .map((r) => r.cells[index] ?? '')
          .filter((v) => v !== '')
          .slice(0, 3)
          .join(' · ');

  // The same rule as the dry run's: a field required unless another is mapped asks for a column
  // only while none of those has one.
  const missing = fieldsLackingColumn(inspection.fields, mapping, constants);
  const hasOneValue = (key: string) => constants[key] !== undefined && (mapping[key] ?? null) === null;
  // A value chosen before the field went back to a column returns with "one value" chosen again.
  const lastValues = useRef<Record<string, string>>({});
  /** A column chosen (or none), or one value for all rows: one of the two, never both. */
  const choose = (key: string, choice: string) => {
    const nextConstants = { ...constants };
    delete nextConstants[key];
    if (constants[key]) lastValues.current[key] = constants[key];
    if (choice === oneValue) onMapping({ ...mapping, [key]: null }, { ...nextConstants, [key]: constants[key] ?? lastValues.current[key] ?? '' });
    else onMapping({ ...mapping, [key]: choice === none ? null : Number(choice) }, nextConstants);
  };
  const setOneValue = (key: string, value: string) => onMapping(mapping, { ...constants, [key]: value });
  // A field switched to one value and left empty says so under its value, not in the summary.
  const missingColumns = missing.filter((f) => !hasOneValue(f.key));
  const usedBy = new Map<number, string[]>();
  for (const f of inspection.fields) {
    const col = mapping[f.key];
    if (col !== null && col !== undefined) usedBy.set(col, [...(usedBy.get(col) ?? []), f.key]);
  }
  const fieldLabel = (key: string) => {
    const f = inspection.fields.find((x) => x.key === key);
    return f ? localized(f.label) : key;
  };
  /** For a field required unless another is mapped: those others, any one of which would do, as "A / B"; else null. */
  const alternativesOf = (f: ImportFieldInfo) => (!f.required && f.requiredUnless?.length ? f.requiredUnless.map(fieldLabel).join(' / ') : null);
  // The core catalogue's words, as the dry run's refusal says them.
  const missingLabel = (f: ImportFieldInfo) => {
    const others = alternativesOf(f);
    return others ? t('imports.missing.orOthers', { ns: messageNamespace, field: localized(f.label), others }) : localized(f.label);
  };
  const choiceLabel = (key: string, value: string) => {
    const choice = inspection.fields.find((x) => x.key === key)?.choices?.find((c) => c.value === value);
    return choice ? localized(choice.label) : value;
  };
  const valuesUsed = Object.entries(values)
    .filter(([, map]) => Object.keys(map).length > 0)
    .map(([key, map]) => `${fieldLabel(key)}: ${Object.entries(map).map(([text, value]) => `"${text}" → ${choiceLabel(key, value)}`).join(', ')}`);
  const ignored = inspection.headers.filter((h) => !usedBy.has(h.index) && h.name);
  // Columns the file hides that the mapping imports: the clerk never saw them in the spreadsheet.
  const hiddenMapped = hiddenColumnsMapped(inspection, mapping);
  // Fields the reader matched, required ones and ones the user touched; the switch shows all.
  // A field still lacking its column brings the ones that would do instead, so they can be chosen here.
  const insteadOfMissing = new Set(missing.flatMap((f) => f.requiredUnless ?? []));
  const shownFields = showAll ? inspection.fields : inspection.fields.filter((f) => f.required || f.requiredUnless?.length || insteadOfMissing.has(f.key) || (inspection.mapping[f.key] ?? null) !== null || (mapping[f.key] ?? null) !== null || hasOneValue(f.key));

  const reinspect = async (input: { sheet: string; headerRow?: number }) => {
    setReading(true);
    setError(null);
    try {
      const next = await request('imports.inspect', { register, fileToken: file.token, sheet: input.sheet, ...(input.headerRow ? { headerRow: input.headerRow } : {}) });
      onInspection(next, input.headerRow === undefined);
    } catch (e) {
      setError(errorText(apiErrorOf(e)));
    } finally {
      setReading(false);
    }
  };

  const run = async () => {
    setTried(true);
    setError(null);
    // A field switched to one value for all rows and left empty says so under its value.
    if (missing.length || inspection.fields.some((f) => hasOneValue(f.key) && !constants[f.key]?.trim())) return;
    setError(await onDryRun());
  };

  const headerRows = [...new Set([...inspection.headerCandidates, inspection.headerRow, detectedHeaderRow])].sort((a, b) => a - b);
  const preview = inspection.preview.slice(0, previewRows);

  return (
    <Stack>
      <Title order={2} size="h3" id={headingId} tabIndex={-1}>
        {t('imports.columns.heading')}
      </Title>
      <Group align="flex-end">
        {inspection.sheets.length > 1 ? (
          <Select
            label={t('imports.columns.sheet')}
            w={300}
            allowDeselect={false}
            disabled={reading}
            value={inspection.sheet}
            onChange={(v) => v && v !== inspection.sheet && void reinspect({ sheet: v })}
            data={inspection.sheets.map((s) => ({
              value: s.name,
              label: s.hidden ? t('imports.columns.hiddenSheet', { name: s.name }) : s.rowCountHint ? t('imports.columns.sheetRows', { name: s.name, n: formatNumber(s.rowCountHint) }) : s.name,
            }))}
          />
        ) : null}
        <Select
          label={t('imports.columns.headerRow')}
          description={t('imports.columns.headerRowHint')}
          w={260}
          allowDeselect={false}
          disabled={reading}
          value={String(inspection.headerRow)}
          onChange={(v) => v && Number(v) !== inspection.headerRow && void reinspect({ sheet: inspection.sheet, headerRow: Number(v) })}
          data={headerRows.map((n) => ({ value: String(n), label: n === detectedHeaderRow ? t('imports.columns.detected', { n }) : t('imports.columns.rowN', { n }) }))}
          data-testid="header-row-select"
        />
      </Group>

      {inspection.notes.map((note) =>
        note.severity === 'warning' ? (
          <Alert key={note.message.id} color="yellow" title={t('imports.columns.noteWarning')} data-testid="inspection-note">
            {localized(note.message)}
          </Alert>
        ) : (
          <Text key={note.message.id} size="sm" c="dimmed" data-testid="inspection-note">
            {localized(note.message)}
          </Text>
        ),
      )}
      {hiddenMapped.length ? (
        <Alert color="yellow" title={t('imports.columns.noteWarning')} data-testid="hidden-columns">
          {t('imports.hiddenColumns', { ns: messageNamespace, count: hiddenMapped.length, columns: hiddenMapped.join(', ') })}
        </Alert>
      ) : null}
      <ErrorAlert error={error} role="alert" />
      {inspection.alreadyImported?.status === 'committed' ? (
        <Alert color="yellow" title={t('imports.already.title')} data-testid="already-imported">
          {t('imports.already.body', { when: formatTimestamp(inspection.alreadyImported.createdAt, zone) })}
        </Alert>
      ) : null}

      <Box pos="relative">
        <LoadingOverlay visible={reading} loaderProps={{ children: <Text>{t('imports.columns.reading')}</Text> }} />
        <Stack>
          <div>
            <Text fw={500} size="sm" mb={4}>
              {t('imports.columns.preview')}
            </Text>
            <ScrollArea type="auto" offsetScrollbars>
              <Table withTableBorder withColumnBorders fz="xs" striped data-testid="import-preview" aria-label={t('imports.columns.preview')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('imports.columns.rowNumber')}</Table.Th>
                    {inspection.headers.map((h) => (
                      <Table.Th key={h.index} style={{ whiteSpace: 'nowrap' }}>
                        <Text span c="dimmed" size="xs" mr={4}>
                          {h.letter}
                        </Text>
                        {h.name}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td c="dimmed">{inspection.headerRow}</Table.Td>
                    <Table.Td colSpan={Math.max(1, inspection.headers.length)} c="dimmed" fs="italic">
                      {t('imports.columns.headerRow')}
                    </Table.Td>
                  </Table.Tr>
                  {preview.length === 0 ? (
                    <Table.Tr>
                      <Table.Td colSpan={inspection.headers.length + 1}>{t('imports.columns.previewEmpty')}</Table.Td>
                    </Table.Tr>
                  ) : (
                    preview.map((r) => (
                      <Table.Tr key={r.rowNumber}>
                        <Table.Td c="dimmed">{r.rowNumber}</Table.Td>
                        {inspection.headers.map((h) => (
                          <Table.Td key={h.index} style={{ whiteSpace: 'nowrap', maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                            {r.cells[h.index] ?? ''}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  )}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </div>

          {isTextNamedLikeExcel(file.name, inspection.format) ? (
            <Alert color="yellow" data-testid="read-as-text">
              {t('imports.columns.readAsText', { name: file.name })}
            </Alert>
          ) : null}
          {/* Nothing matched (a sheet that is not the register's): the note says why, not "matched automatically". */}
          {Object.values(inspection.mapping).some((c) => c !== null) ? (
            <Alert color={inspection.mappingRemembered ? 'teal' : 'blue'} data-testid="mapping-source">
              {inspection.mappingRemembered ? t('imports.columns.remembered') : t('imports.columns.guessed')}
            </Alert>
          ) : null}

          <Group justify="flex-end">
            <Switch
              label={t('imports.columns.showAll', { n: inspection.fields.length })}
              checked={showAll}
              onChange={(e) => setShowAll(e.currentTarget.checked)}
            />
          </Group>
          <Table withTableBorder verticalSpacing={6} data-testid="mapping-table" aria-label={t('imports.columns.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('imports.columns.field')}</Table.Th>
                <Table.Th w="34%">{t('imports.columns.fileColumn')}</Table.Th>
                <Table.Th>{t('imports.columns.sample')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shownFields.map((f) => {
                const col = mapping[f.key] ?? null;
                const others = col === null ? [] : (usedBy.get(col) ?? []).filter((k) => k !== f.key);
                const missingHere = missing.includes(f);
                const orOthers = alternativesOf(f);
                const fixed = hasOneValue(f.key);
                const fixedValue = constants[f.key] ?? '';
                const options = !f.oneValue ? columnOptions : [columnOptions[0]!, { value: oneValue, label: t('imports.columns.oneValue') }, ...columnOptions.slice(1)];
                const requiredWords = orOthers ? t('imports.columns.requiredOrMissing', { others: orOthers }) : !f.oneValue ? t('imports.columns.requiredMissing') : t('imports.columns.requiredMissingOrValue');
                const valueLabel = t('imports.columns.oneValueLabel', { field: localized(f.label) });
                const valueError = fixed && tried && !fixedValue.trim() ? t('imports.columns.oneValueMissing') : undefined;
                return (
                  <Table.Tr key={f.key} data-field={f.key}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500} id={`field-${f.key}`}>
                          {localized(f.label)}
                        </Text>
                        {f.required || orOthers ? (
                          <Badge size="xs" color="red" variant="light">
                            {t('imports.columns.required')}
                          </Badge>
                        ) : null}
                        {orOthers ? (
                          <Text size="xs" c="dimmed">
                            {t('imports.columns.requiredUnless', { others: orOthers })}
                          </Text>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Select
                          aria-labelledby={`field-${f.key}`}
                          size="xs"
                          allowDeselect={false}
                          searchable
                          value={col !== null ? String(col) : fixed ? oneValue : none}
                          data={options}
                          onChange={(v) => choose(f.key, v ?? none)}
                          error={missingHere && tried && !fixed ? requiredWords : others.length ? t('imports.columns.usedTwice', { column: columnLabel(col ?? 0), other: others.map(fieldLabel).join(', ') }) : undefined}
                          styles={others.length && !missingHere ? { error: { color: 'var(--mantine-color-orange-8)' } } : undefined}
                        />
                        {/* One value for all rows: a choice field's own values, else typed (checked by the dry run like any cell). */}
                        {fixed && f.choices ? (
                          <Select
                            size="xs"
                            searchable
                            allowDeselect={false}
                            aria-label={valueLabel}
                            placeholder={t('imports.columns.oneValuePick')}
                            value={fixedValue || null}
                            data={f.choices.map((c) => ({ value: c.value, label: localized(c.label) }))}
                            onChange={(v) => setOneValue(f.key, v ?? '')}
                            error={valueError}
                            data-testid={`one-value-${f.key}`}
                          />
                        ) : fixed ? (
                          // Typed, with the office's own words offered where it has them (its desa): a value outside them is still checked by the dry run.
                          <Autocomplete
                            size="xs"
                            aria-label={valueLabel}
                            placeholder={t('imports.columns.oneValueType')}
                            value={fixedValue}
                            maxLength={200}
                            data={[...(f.suggestions ?? [])]}
                            limit={30}
                            onChange={(v) => setOneValue(f.key, v)}
                            error={valueError}
                            data-testid={`one-value-${f.key}`}
                          />
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={1} data-testid={`sample-${f.key}`}>
                        {fixed ? (fixedValue.trim() ? t('imports.columns.oneValueSample', { value: choiceLabel(f.key, fixedValue) }) : '') : samples(col)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {valuesUsed.length ? (
            <Text size="sm" c="dimmed" data-testid="values-remembered">
              {t('imports.values.remembered', { list: valuesUsed.join('; ') })}
            </Text>
          ) : null}
          {ignored.length ? (
            <Text size="sm" c="dimmed" data-testid="ignored-columns">
              {t('imports.columns.ignored', { list: ignored.map((h) => `${h.letter} (${h.name})`).join(', ') })}
            </Text>
          ) : null}
        </Stack>
      </Box>

      {tried && missingColumns.length ? (
        <Alert color="red" role="alert">
          {t('imports.columns.missingRequired', { list: missingColumns.map(missingLabel).join(', ') })}
        </Alert>
      ) : null}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.back')}
        </Button>
        <Button onClick={() => void run()} loading={starting} disabled={reading}>
          {t('imports.columns.run')}
        </Button>
      </Group>
    </Stack>
  );
}
