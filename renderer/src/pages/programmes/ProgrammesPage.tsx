import { Anchor, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../api/auth.ts';
import { formatNumber, formatRupiah } from '../../format.ts';
import './messages.ts';
import { ProgrammeFormModal } from './ProgrammeFormModal.tsx';
import { ProgrammeStageBadge } from './ProgrammeStageBadge.tsx';
import { programmePath } from './programme-path.ts';
import { useProgrammes } from './queries.ts';
import { ListTable } from '../../components/ListTable.tsx';
import { useListChoices } from '../../components/list-choices.ts';
import { PageTitle } from '../../components/PageTitle.tsx';

// Program pekerja rentan: every programme with its year, funding, package, target and enrolled
// people, newest first; ended programmes last. A programme opens its own page.


export function ProgrammesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('records.write');
  const programmes = useProgrammes();
  // The funding source in the screen's language, as on the programme's own page.
  const funding = useListChoices('funding_source').labelOr;
  const [adding, setAdding] = useState(false);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('program.list.title')}</PageTitle>
          <Text c="dimmed" maw={800}>
            {t('program.list.intro')}
          </Text>
        </div>
        {canWrite ? <Button onClick={() => setAdding(true)}>{t('program.list.add')}</Button> : null}
      </Group>
      <ListTable
        query={programmes}
        empty={t('program.list.empty')}
        titles={['name', 'year', 'funding', 'package', 'monthlyContribution', 'budget', 'progress', 'status'].map((f) => t(`program.fields.${f}`))}
        testId="programme-list"
        row={(p) => (
          <Table.Tr key={p.uid} style={{ cursor: 'pointer' }} onClick={() => void navigate(programmePath(p.uid))}>
            <Table.Td>
              <Anchor component={Link} to={programmePath(p.uid)} fw={500} onClick={(e) => e.stopPropagation()}>
                {p.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{p.year}</Table.Td>
            <Table.Td>{funding(p.funding, p.fundingLabel)}</Table.Td>
            <Table.Td>{p.package.join(' + ')}</Table.Td>
            <Table.Td>{formatRupiah(p.monthlyContribution)}</Table.Td>
            <Table.Td>{formatRupiah(p.budget)}</Table.Td>
            <Table.Td miw={200}>
              <Text size="sm">{t('program.page.enrolledOfTarget', { enrolled: formatNumber(p.enrolled), target: formatNumber(p.target) })}</Text>
              <Progress value={p.target ? Math.min(100, (100 * p.enrolled) / p.target) : 0} size="sm" mt={4} aria-hidden />
            </Table.Td>
            <Table.Td miw={120}>
              <ProgrammeStageBadge stage={p.stage} />
            </Table.Td>
          </Table.Tr>
        )}
      />
      <ProgrammeFormModal
        opened={adding}
        uid={null}
        onClose={() => setAdding(false)}
        onSaved={(saved) => {
          setAdding(false);
          void navigate(programmePath(saved.uid));
        }}
      />
    </Stack>
  );
}
