import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BpjsStatus, FollowUp, RecordStatus } from '../../../../core/api/employers.ts';
import { formatDay } from '../../format.ts';
import './messages.ts';

// Pieces the employer screens share: dates, identity numbers, status badges.

export const registerPath = '/register/perusahaan';
export const employerPath = (uid: string, tab?: 'tindak-lanjut' | 'riwayat') => `${registerPath}/${encodeURIComponent(uid)}${tab ? `?tab=${tab}` : ''}`;
export const importPath = '/register/perusahaan/impor';

/** Whole days from `from` to `to` (ISO dates): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** '2024-03-07' → '7 Mar 2024' (the month in the interface language). */
export const formatDate = formatDay;

/** NPWP as people write it (the export prints it the same way). */
export { formatNpwp } from '../../../../core/api/employers.ts';

export const bpjsStatusColor: Record<BpjsStatus, MantineColor> = {
  terdaftar: 'green',
  pwbd: 'red',
  pds_tk: 'orange',
  pds_upah: 'yellow',
  pds_program: 'grape',
};

export function BpjsStatusBadge({ status, size = 'sm' }: { status: BpjsStatus; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge color={bpjsStatusColor[status]} variant="light" size={size} tt="none">
      {t(`employers.bpjsShort.${status}`)}
    </Badge>
  );
}

const recordColor: Record<RecordStatus, MantineColor> = { aktif: 'blue', tutup: 'gray', dihapus: 'red' };

export function RecordStatusBadge({ status, size = 'sm' }: { status: RecordStatus; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge color={recordColor[status]} variant={status === 'aktif' ? 'light' : 'filled'} size={size} tt="none">
      {t(`employers.recordStatus.${status}`)}
    </Badge>
  );
}

// A badge keeps its whole text: in a table squeezed by a long letter number or outcome (a
// 1366 px screen) Mantine's badge would shrink and cut it ("Terlambat 12…").
const whole = { minWidth: 'max-content' } as const;

/** Where an open follow-up stands against its due date. */
export function DueBadge({ followUp, today }: { followUp: Pick<FollowUp, 'done' | 'dueDate'>; today: string }) {
  const { t } = useTranslation();
  if (followUp.done) {
    return (
      <Badge color="green" variant="light" tt="none" style={whole}>
        {t('employers.due.done')}
      </Badge>
    );
  }
  if (!followUp.dueDate) {
    return (
      <Badge color="gray" variant="light" tt="none" style={whole}>
        {t('employers.due.open')}
      </Badge>
    );
  }
  const days = daysBetween(today, followUp.dueDate);
  if (days < 0) {
    return (
      <Badge color="red" variant="filled" tt="none" style={whole}>
        {t('employers.due.overdue', { n: -days })}
      </Badge>
    );
  }
  return (
    <Badge color={days <= 7 ? 'orange' : 'blue'} variant="light" tt="none" style={whole}>
      {days === 0 ? t('employers.due.today') : t('employers.due.inDays', { n: days })}
    </Badge>
  );
}
