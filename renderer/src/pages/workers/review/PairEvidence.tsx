import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicatePair, DuplicateSide } from '../../../../../core/api/duplicates.ts';
import { messageNamespace } from '../../../../../core/api/messages/message.ts';
import { formatDate } from '../../employers/shared.tsx';
import { workerPath } from '../worker-register.ts';
import './duplicate-messages.ts';

// The two people of a pair side by side, row by row: the NIK with the digits that differ
// marked, then name, birth date, place, contacts and periods; rows whose values differ are
// shaded so the eye goes there first.

/** A NIK with the given positions marked. */
function MarkedNik({ nik, digits }: { nik: string; digits: number[] }) {
  return (
    <Text span ff="monospace" size="sm">
      {[...nik].map((d, i) =>
        digits.includes(i) ? (
          <mark key={i} style={{ background: 'var(--mantine-color-yellow-3)', fontWeight: 700 }} data-testid="nik-digit-differs">
            {d}
          </mark>
        ) : (
          d
        ),
      )}
    </Text>
  );
}

export function PairEvidence({ pair }: { pair: DuplicatePair }) {
  const { t } = useTranslation();
  const none = '—';
  const day = (iso: string | null) => (iso ? formatDate(iso) : none);
  const place = (s: DuplicateSide) => [s.desaName, s.kecamatanName].filter(Boolean).join(', ') || none;
  // The segment in the register's words (Jakon, not JAKON), as the grid and the person page say it.
  const segment = (code: string) => t(`workers.segment.${code}`, { ns: messageNamespace, defaultValue: code });
  const periods = (s: DuplicateSide) =>
    s.periods.length ? s.periods.map((p) => `${segment(p.segment)} ${day(p.startDate)} – ${p.endDate ? day(p.endDate) : t('duplikat.ongoing')}${p.employerName ? ` · ${p.employerName}` : ''}`).join('\n') : t('duplikat.noPeriods');
  const rows: [string, (s: DuplicateSide) => ReactNode, (s: DuplicateSide) => string][] = [
    ['nik', (s) => <MarkedNik nik={s.nik} digits={pair.evidence.nikDigits} />, (s) => s.nik],
    ['name', (s) => s.name, (s) => s.name],
    ['birthDate', (s) => day(s.birthDate), (s) => s.birthDate ?? ''],
    ['sex', (s) => (s.sex ? t(`pekerja.sex.${s.sex}`) : none), (s) => s.sex ?? ''],
    ['place', place, place],
    ['address', (s) => s.address || none, (s) => s.address],
    ['phone', (s) => s.phone || none, (s) => s.phone],
    ['kpj', (s) => s.kpj || none, (s) => s.kpj],
    ['occupation', (s) => s.occupation || none, (s) => s.occupation],
    ['periods', (s) => <span style={{ whiteSpace: 'pre-line' }}>{periods(s)}</span>, periods],
  ];
  return (
    <Table withTableBorder withColumnBorders layout="fixed" data-testid="duplicate-evidence">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150} />
          {(['a', 'b'] as const).map((side) => (
            <Table.Th key={side}>
              {t(side === 'a' ? 'duplikat.left' : 'duplikat.right')} ·{' '}
              <Anchor component={Link} to={workerPath(pair[side].uid)} size="sm">
                {t('duplikat.open')}
              </Anchor>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([field, show, value]) => (
          <Table.Tr key={field} bg={value(pair.a) !== value(pair.b) ? 'var(--mantine-color-yellow-light)' : undefined}>
            <Table.Th>{t(`duplikat.fields.${field}`)}</Table.Th>
            <Table.Td>{show(pair.a)}</Table.Td>
            <Table.Td>{show(pair.b)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
