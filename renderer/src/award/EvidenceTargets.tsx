import { Alert, Anchor, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerExtractKinds, type CoverageEvidence, type RegisterExtractKind } from '../../../core/api/award.ts';
import { coverageDimensions } from '../../../core/api/coverage.ts';
import { formatMonth } from '../coverage/coverage-format.ts';
import { useSnapshots } from '../coverage/queries.ts';
import { formatDay } from '../format.ts';
import { useLegalBasisPick } from '../pages/regulations/queries.ts';

// What an evidence item points at, one field per kind: a regulation of the register, a coverage
// figure or table of a frozen month, or a register extract.

export function RegulationTarget({ value, label, onChange, error, disabled }: { value: string | null; label: string | null; onChange: (uid: string | null) => void; error?: string | undefined; disabled: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const picks = useLegalBasisPick(query);
  const options = (picks.data ?? []).map((r) => ({ value: r.uid, label: `${r.label} — ${r.judul}` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: label ?? value });
  return (
    <Select
      label={t('paritrana.evidence.form.regulation')}
      placeholder={t('paritrana.evidence.form.regulationSearch')}
      searchable
      clearable
      filter={({ options: all }) => all}
      data={options}
      value={value}
      onChange={(v) => onChange(v)}
      onSearchChange={setSearch}
      nothingFoundMessage={picks.isFetching ? '…' : t('paritrana.evidence.form.regulationNone')}
      error={error}
      disabled={disabled}
      data-testid="evidence-regulation"
    />
  );
}

export function CoverageTarget({ value, onChange, error, disabled }: { value: CoverageEvidence | null; onChange: (v: CoverageEvidence | null) => void; error?: string | undefined; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const snapshots = useSnapshots();
  const list = [...(snapshots.data ?? [])].sort((a, b) => b.month.localeCompare(a.month));
  if (snapshots.data && list.length === 0) {
    return (
      <Alert color="yellow" data-testid="evidence-no-snapshot">
        {t('paritrana.evidence.form.snapshotNone')}{' '}
        <Anchor component={Link} to="/cakupan">
          {t('paritrana.approve.openCoverage')}
        </Anchor>
      </Alert>
    );
  }
  const dimension = value?.dimension ?? 'total';
  return (
    <Group grow align="flex-start">
      <Select
        label={t('paritrana.evidence.form.snapshot')}
        data={list.map((s) => ({ value: s.uid, label: `${formatMonth(s.month, i18n.language)} (${formatDay(s.at)})` }))}
        value={value?.snapshotUid ?? null}
        onChange={(uid) => onChange(uid ? { snapshotUid: uid, dimension } : null)}
        error={error}
        disabled={disabled}
        data-testid="evidence-snapshot"
      />
      <Select
        label={t('paritrana.evidence.form.dimension')}
        data={(['total', ...coverageDimensions] as const).map((d) => ({ value: d, label: t(`paritrana.dimensions.${d}`) }))}
        value={dimension}
        onChange={(d) => value && d && onChange({ snapshotUid: value.snapshotUid, dimension: d as CoverageEvidence['dimension'] })}
        allowDeselect={false}
        disabled={disabled || !value}
        data-testid="evidence-dimension"
      />
    </Group>
  );
}

export function ExtractTarget({ value, onChange, error, disabled }: { value: RegisterExtractKind | null; onChange: (v: RegisterExtractKind | null) => void; error?: string | undefined; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('paritrana.evidence.form.extract')}
      data={registerExtractKinds.map((k) => ({ value: k, label: t(`paritrana.extracts.${k}`) }))}
      value={value}
      onChange={(v) => onChange(v as RegisterExtractKind | null)}
      error={error}
      disabled={disabled}
      data-testid="evidence-extract"
    />
  );
}

/** The documents a regulation item brings with it (read from the regulation). */
export function RegulationDocuments({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {names.join(' · ')}
    </Text>
  );
}
