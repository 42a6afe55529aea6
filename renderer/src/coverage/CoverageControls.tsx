import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { IsoDateInput } from '../components/IsoDateInput.tsx';
import { isIsoDate } from '../typed-date.ts';
import { formatMonth } from './coverage-format.ts';
import { snapshotWhen } from './snapshot-label.ts';
import type { CoverageView } from './use-coverage-view.ts';
import { useDenominators } from '../coverage-inputs/queries.ts';
import { formatNumber } from '../format.ts';
import { useOfficeZone } from '../api/queries.ts';

// The dashboard's questions: "Per tanggal" (a day, today by default) and where the figures come
// from: a count now, or a frozen month (then the day is that month's last and cannot be changed);
// and the total's denominator: the newest fitting one, or one the office chooses (e.g. working-age population).

const now = '';
const fitting = '';

interface Props {
  view: CoverageView;
  shownAt: string;
  /** The report's area: its denominators may be chosen for the total. */
  areaCode: string | null;
  snapshots: SnapshotSummary[];
  onChange: (change: Partial<CoverageView>) => void;
}

export function CoverageControls({ view, shownAt, areaCode, snapshots, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const denominators = useDenominators(false, areaCode);
  const denominatorOptions = [{ value: fitting, label: t('cakupan.header.fittingDenominator') }, ...(denominators.data ?? []).map((d) => ({ value: d.uid, label: `${d.name} (${formatNumber(d.value)})` }))];
  // Each frozen month with when it was frozen: a month frozen again (after corrections) is listed twice.
  const zone = useOfficeZone();
  const when = snapshotWhen(snapshots, zone);
  const options = [{ value: now, label: t('cakupan.header.now') }, ...snapshots.map((s) => ({ value: s.uid, label: t('cakupan.header.snapshotOptionWhen', { month: formatMonth(s.month, i18n.language), when: when.get(s.uid) }) }))];
  return (
    <Group gap="md" align="flex-end" className="coverage-no-print">
      <IsoDateInput
        label={t('cakupan.header.at')}
        value={view.snapshotUid ? shownAt : (view.at ?? shownAt)}
        onChange={(value) => {
          if (value === null) onChange({ at: null });
          else if (isIsoDate(value)) onChange({ at: value });
        }}
        disabled={view.snapshotUid !== null}
        clearable={false}
        testId="coverage-at"
        w={170}
      />
      <Select
        label={t('cakupan.header.snapshot')}
        data={options}
        value={view.snapshotUid ?? now}
        onChange={(value) => onChange({ snapshotUid: value ? value : null, compare: false })}
        allowDeselect={false}
        w={260}
        data-testid="coverage-snapshot"
      />
      <Select
        label={t('cakupan.header.denominator')}
        description={view.snapshotUid ? t('cakupan.header.denominatorFrozen') : undefined}
        data={denominatorOptions}
        value={view.snapshotUid ? fitting : (view.denominatorUid ?? fitting)}
        onChange={(value) => onChange({ denominatorUid: value ? value : null })}
        disabled={view.snapshotUid !== null}
        allowDeselect={false}
        w={340}
        data-testid="coverage-denominator"
      />
    </Group>
  );
}
