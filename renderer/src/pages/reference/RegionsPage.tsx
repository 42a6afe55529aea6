import { Alert, Anchor, Badge, Button, Card, Center, Code, Group, Loader, Paper, ScrollArea, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionItem } from '../../../../core/api/reference.ts';
import type { RegionKind, RegionResolution } from '../../../../core/api/regions.ts';
import { request } from '../../api/client.ts';
import { keys, useRegionChildren, useRegionsWithin, useSetupStatus } from '../../api/queries.ts';
import { areaExamples } from './area-examples.ts';
import { RegionKindBadge, RegionPicker, type RegionPickerValue } from '../../components/RegionPicker.tsx';
import { useRegion, useRegionResolve } from '../../components/region-queries.ts';
import { formatNumber } from '../../format.ts';
import './messages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';

// Wilayah kerja: the office's area at a glance (its kecamatan with desa/kelurahan counts,
// then one kecamatan's desa/kelurahan), a checker for area text pasted from spreadsheets
// (regions.resolve), and the RegionPicker as every form uses it.

const kindFromCode = (code: string): RegionKind | null => (code.length === 8 ? 'kecamatan' : code.length === 2 ? 'provinsi' : null);

export function RegionsPage() {
  const { t } = useTranslation();
  const setup = useSetupStatus();
  const area = setup.data?.area ?? null;
  const [picked, setPicked] = useState<RegionPickerValue>({ kecamatan: null, desa: null });

  if (setup.isPending) return <Loader aria-label={t('common.loading')} />;
  if (!area) return <Alert color="yellow">{t('reference.picker.noArea')}</Alert>;

  const pickCode = (code: string) => setPicked(code.length > 8 ? { kecamatan: code.slice(0, 8), desa: code } : { kecamatan: code.length === 8 ? code : null, desa: null });

  return (
    <Stack maw={1200}>
      <div>
        <PageTitle>{t('reference.regions.title')}</PageTitle>
        <Text c="dimmed">{t('reference.regions.intro')}</Text>
      </div>
      <AreaOverview area={area} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ResolveBox area={area} onChoose={pickCode} />
        <PickerDemo value={picked} onChange={setPicked} />
      </SimpleGrid>
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------

function AreaOverview({ area }: { area: RegionItem }) {
  const { t } = useTranslation();
  const units = useRegionChildren(area.code);
  const [selected, setSelected] = useState<string | null>(null);
  // Desa/kelurahan counts by kind: the children of each kecamatan (cached, shared with the picker).
  const villageLists = useQueries({
    queries: (area.level === 2 ? (units.data ?? []) : []).map((u) => ({
      queryKey: keys.regionChildren(u.code),
      queryFn: () => request('regions.children', { parentCode: u.code }),
      staleTime: Infinity,
    })),
  });

  if (units.isPending) return <Loader aria-label={t('common.loading')} />;
  if (units.isError) return <Alert color="red">{t('reference.regions.loadError')}</Alert>;

  const list = units.data;
  const unitKind = list[0]?.kind ?? 'kecamatan';
  const countsOf = (index: number) => {
    const villages = villageLists[index]?.data;
    if (!villages) return null;
    return { desa: villages.filter((v) => v.kind === 'desa').length, kelurahan: villages.filter((v) => v.kind === 'kelurahan').length };
  };
  const counts = list.map((_, i) => countsOf(i));
  const allCounted = counts.every((c) => c !== null);
  const totalDesa = counts.reduce((s, c) => s + (c?.desa ?? 0), 0);
  const totalKelurahan = counts.reduce((s, c) => s + (c?.kelurahan ?? 0), 0);
  const byLevel2 = area.level === 2;
  const selectedUnit = list.find((u) => u.code === selected) ?? null;

  return (
    <Stack>
      <Paper withBorder p="md" data-testid="area-summary">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="xs">
              <Title order={2} size="h3">{area.name}</Title>
              <Badge variant="light" size="lg" ff="monospace" tt="none">
                {t('reference.regions.areaCode', { code: area.code })}
              </Badge>
            </Group>
            {area.parentName ? (
              <Text size="sm" c="dimmed">
                {t('reference.regions.areaInProvince', { name: area.parentName })}
              </Text>
            ) : null}
          </div>
          <Stack gap={0} align="flex-end">
            <Text fw={600}>{t('reference.regions.summaryUnits', { count: list.length, kind: t(`reference.kinds.${unitKind}`) })}</Text>
            {byLevel2 ? (
              <Text size="sm" c="dimmed">
                {allCounted ? t('reference.regions.summaryVillages', { desa: formatNumber(totalDesa), kelurahan: formatNumber(totalKelurahan) }) : t('common.loading')}
              </Text>
            ) : null}
          </Stack>
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="sm">
          <Title order={3} size="h4" mb="xs">
            {t('reference.regions.unitsTitle', { kind: t(`reference.kinds.${unitKind}`) })}
          </Title>
          <Table striped highlightOnHover data-testid="unit-table" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.regions.code')}</Table.Th>
                <Table.Th>{t('reference.regions.name')}</Table.Th>
                {byLevel2 ? (
                  <>
                    <Table.Th ta="right">{t('reference.regions.desaCount')}</Table.Th>
                    <Table.Th ta="right">{t('reference.regions.kelurahanCount')}</Table.Th>
                  </>
                ) : null}
                <Table.Th ta="right">{byLevel2 ? t('reference.regions.total') : t('reference.regions.childCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((u, i) => {
                const c = counts[i];
                const active = u.code === selected;
                return (
                  <Table.Tr key={u.code} data-testid={`unit-${u.code}`} bg={active ? 'var(--mantine-color-blue-light)' : undefined} aria-selected={active}>
                    <Table.Td ff="monospace" fz="sm">
                      {u.code}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" fz="sm" fw={active ? 700 : 500} onClick={() => setSelected(active ? null : u.code)} aria-pressed={active}>
                        {u.name}
                      </Anchor>
                    </Table.Td>
                    {byLevel2 ? (
                      <>
                        <Table.Td ta="right" data-col="desa">
                          {c ? formatNumber(c.desa) : '…'}
                        </Table.Td>
                        <Table.Td ta="right" data-col="kelurahan">
                          {c ? formatNumber(c.kelurahan) : '…'}
                        </Table.Td>
                      </>
                    ) : null}
                    <Table.Td ta="right" data-col="total">
                      {formatNumber(u.childCount)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('reference.regions.totalRow')}</Table.Th>
                {byLevel2 ? (
                  <>
                    <Table.Th ta="right">{allCounted ? formatNumber(totalDesa) : '…'}</Table.Th>
                    <Table.Th ta="right">{allCounted ? formatNumber(totalKelurahan) : '…'}</Table.Th>
                  </>
                ) : null}
                <Table.Th ta="right">{formatNumber(list.reduce((s, u) => s + u.childCount, 0))}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Card>
        <Card withBorder padding="sm" data-testid="unit-children">
          {selectedUnit ? (
            <UnitChildren unit={selectedUnit} />
          ) : (
            <Center h="100%" mih={120}>
              <Text c="dimmed" size="sm">
                {t('reference.regions.selectHint')}
              </Text>
            </Center>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function UnitChildren({ unit }: { unit: RegionItem }) {
  const { t } = useTranslation();
  const children = useRegionChildren(unit.code);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{unit.kind === 'kecamatan' ? t('reference.regions.childrenOf', { name: unit.name }) : t('reference.regions.childrenOfUnit', { name: unit.name })}</Title>
      {children.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {children.isError ? <Alert color="red">{t('reference.regions.loadError')}</Alert> : null}
      {children.data ? (
        <ScrollArea.Autosize mah={520}>
          <Table striped verticalSpacing={4} data-testid="children-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reference.regions.code')}</Table.Th>
                <Table.Th>{t('reference.regions.name')}</Table.Th>
                <Table.Th>{t('reference.regions.kind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {children.data.map((r) => (
                <Table.Tr key={r.code}>
                  <Table.Td ff="monospace" fz="sm">
                    {r.code}
                  </Table.Td>
                  <Table.Td fz="sm">{r.name}</Table.Td>
                  <Table.Td>
                    <RegionKindBadge kind={r.kind} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      ) : null}
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------

type LevelChoice = 'any' | '3' | '4';

function ResolveBox({ area, onChoose }: { area: RegionItem; onChoose: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [levelChoice, setLevelChoice] = useState<LevelChoice>('any');
  const [submitted, setSubmitted] = useState('');
  const [chosen, setChosen] = useState<{ code: string; name: string } | null>(null);
  const level = levelChoice === 'any' ? null : (Number(levelChoice) as 3 | 4);
  const resolution = useRegionResolve(submitted, level, area.code);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const kecamatan = useRegionsWithin(area.code, 3);
  const firstKecamatan = kecamatan.data?.[0]?.code ?? null;
  const villages = useRegionChildren(firstKecamatan, firstKecamatan !== null);
  const examples = areaExamples(kecamatan.data ?? [], villages.data ?? []);

  const run = (value: string) => {
    setText(value);
    setSubmitted(value.trim());
    setChosen(null);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run(text);
  };
  const choose = (code: string, name: string) => {
    setChosen({ code, name });
    onChoose(code);
  };

  return (
    <Card withBorder padding="md" data-testid="resolve-box">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3">{t('reference.regions.check.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('reference.regions.check.intro')}
          </Text>
        </div>
        <form onSubmit={onSubmit}>
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('reference.regions.check.label')}
                placeholder={t('reference.regions.check.placeholder')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <Button type="submit" loading={resolution.isFetching}>
                {t('reference.regions.check.submit')}
              </Button>
            </Group>
            <Group gap="xs">
              <Text size="sm" fw={500} id="resolve-level-label">
                {t('reference.regions.check.level')}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby="resolve-level-label"
                value={levelChoice}
                onChange={(v) => setLevelChoice(v as LevelChoice)}
                data={[
                  { value: 'any', label: t('reference.regions.check.levelAny') },
                  { value: '3', label: t('reference.regions.check.levelKecamatan') },
                  { value: '4', label: t('reference.regions.check.levelDesa') },
                ]}
              />
            </Group>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t('reference.regions.check.examples')}
              </Text>
              {examples.map((x) => (
                <Button key={x} size="compact-xs" variant="light" color="gray" onClick={() => run(x)}>
                  {x}
                </Button>
              ))}
            </Group>
          </Stack>
        </form>
        <ErrorAlert error={resolution.error} />
        {resolution.data && submitted ? <ResolutionView result={resolution.data} lang={lang} onChoose={choose} chosen={chosen} /> : null}
      </Stack>
    </Card>
  );
}

function ResolutionView({
  result,
  lang,
  chosen,
  onChoose,
}: {
  result: RegionResolution;
  lang: 'id' | 'en';
  chosen: { code: string; name: string } | null;
  onChoose: (code: string, name: string) => void;
}) {
  const { t } = useTranslation();
  if (result.status === 'found') {
    return (
      <Alert color="green" title={t('reference.regions.check.found')} data-testid="resolve-result" data-status="found">
        <FoundLine code={result.code} name={result.name} kind={result.kind} />
        <Text size="xs" c="dimmed" mt={4}>
          {result.how === 'code' ? t('reference.regions.check.howCode') : t('reference.regions.check.howName')}
        </Text>
      </Alert>
    );
  }
  const isAmbiguous = result.status === 'ambiguous';
  const options = isAmbiguous
    ? result.candidates.map((c) => ({ code: c.code, name: c.name, kind: c.kind as RegionKind | null, detail: c.parentName }))
    : result.suggestions.map((s) => ({ code: s.code, name: s.name, kind: kindFromCode(s.code), detail: '' }));
  return (
    <Alert
      color={isAmbiguous ? 'yellow' : 'red'}
      title={isAmbiguous ? t('reference.regions.check.ambiguous') : t('reference.regions.check.unknown')}
      data-testid="resolve-result"
      data-status={result.status}
    >
      <Stack gap="xs">
        <Text size="sm">{result.message[lang]}</Text>
        {options.length > 0 ? (
          <>
            <Text size="sm" fw={500}>
              {isAmbiguous ? t('reference.regions.check.chooseHint') : t('reference.regions.check.suggestions')}
            </Text>
            <Stack gap={4}>
              {options.map((o) => (
                <UnstyledButton
                  key={o.code}
                  onClick={() => onChoose(o.code, o.name)}
                  data-testid={`resolve-option-${o.code}`}
                  p={6}
                  style={{
                    borderRadius: 'var(--mantine-radius-sm)',
                    border: `1px solid ${chosen?.code === o.code ? 'var(--mantine-color-green-6)' : 'var(--mantine-color-gray-4)'}`,
                    background: 'var(--mantine-color-body)',
                  }}
                >
                  <Group gap="xs" wrap="nowrap" align="center">
                    {o.kind ? (
                      <div style={{ flexShrink: 0 }}>
                        <RegionKindBadge kind={o.kind} />
                      </div>
                    ) : null}
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Text size="sm" fw={500} span>
                        {o.name}
                      </Text>
                      {o.detail ? (
                        <Text size="xs" c="dimmed" span>
                          {' '}
                          {t('reference.regions.check.inParent', { name: o.detail })}
                        </Text>
                      ) : null}
                    </div>
                    <Code style={{ flexShrink: 0 }}>{o.code}</Code>
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          </>
        ) : (
          <Text size="sm">{t('reference.regions.check.noSuggestions')}</Text>
        )}
        {chosen ? (
          <Paper withBorder p="xs" data-testid="resolve-chosen">
            <Text size="xs" fw={600} c="green.8">
              {t('reference.regions.check.chosen')}
            </Text>
            <FoundLine code={chosen.code} name={null} kind={null} />
          </Paper>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Name, kind, code and parent of a region; fetches what it is not given. */
function FoundLine({ code, name, kind }: { code: string; name: string | null; kind: RegionKind | null }) {
  const { t } = useTranslation();
  const item = useRegion(code).data;
  const shownKind = kind ?? item?.kind ?? null;
  const parent = item?.parentName ? (item.level === 4 ? t('reference.picker.inKecamatan', { name: item.parentName }) : item.parentName) : null;
  return (
    <Group gap="xs" wrap="wrap">
      {shownKind ? <RegionKindBadge kind={shownKind} size="sm" /> : null}
      <Text fw={600}>{name ?? item?.name ?? ''}</Text>
      <Code data-testid="resolved-code">{code}</Code>
      {parent ? (
        <Text size="sm" c="dimmed">
          {t('reference.regions.check.inParent', { name: parent })}
        </Text>
      ) : null}
    </Group>
  );
}

// ---------------------------------------------------------------------------------------

function PickerDemo({ value, onChange }: { value: RegionPickerValue; onChange: (v: RegionPickerValue) => void }) {
  const { t } = useTranslation();
  const code = value.desa ?? value.kecamatan;
  const item = useRegion(code).data;
  return (
    <Card withBorder padding="md" data-testid="picker-demo">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3">{t('reference.regions.demo.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('reference.regions.demo.intro')}
          </Text>
        </div>
        <RegionPicker value={value} onChange={(v) => onChange(v)} level="desa" orientation="vertical" />
        <Paper withBorder p="xs" bg="gray.0">
          <Text size="xs" c="dimmed">
            {t('reference.regions.demo.result')}
          </Text>
          {code ? (
            <Group gap="xs">
              <Code fz="md" data-testid="picker-result">
                {code}
              </Code>
              {item && item.code === code ? (
                <>
                  <Text size="sm">{item.name}</Text>
                  <RegionKindBadge kind={item.kind} />
                </>
              ) : null}
            </Group>
          ) : (
            <Text size="sm" data-testid="picker-result">
              {t('reference.regions.demo.none')}
            </Text>
          )}
        </Paper>
      </Stack>
    </Card>
  );
}
