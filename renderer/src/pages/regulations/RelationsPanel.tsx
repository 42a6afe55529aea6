import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { relationKinds, type RegulationDetail, type RelationKind } from '../../../../core/api/regulations.ts';
import { useCan } from '../../api/auth.ts';
import { useErrorText } from '../../api/error-text.ts';
import { core } from './regulation-columns.tsx';
import { regulationPath } from './regulation-register.ts';
import { useAddRelation, useRegulationPick, useRemoveRelation } from './queries.ts';

// A regulation's relations from both sides ("mengubah X" here is "diubah dengan Y" there), and
// adding one in either direction: the row is stored from the acting side either way.

const directions = relationKinds.flatMap((kind) => (kind === 'terkait' ? [`from:${kind}`] : [`from:${kind}`, `to:${kind}`]));

export function RelationsPanel({ detail }: { detail: RegulationDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const add = useAddRelation();
  const remove = useRemoveRelation();
  const [direction, setDirection] = useState<string | null>('from:mengubah');
  const [other, setOther] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const pick = useRegulationPick(query, detail.regulation.uid);
  const word = (side: 'from' | 'to', kind: RelationKind) => core(t, side === 'from' ? `regulations.relation.${kind}` : `regulations.relationReverse.${kind}`);
  // Relations change with the record: an active one, for a user who may change records (a pemantau reads only).
  const active = useCan('records.write') && detail.regulation.recordStatus === 'aktif';

  const save = async () => {
    if (!direction || !other) return;
    const [side, kind] = direction.split(':') as ['from' | 'to', RelationKind];
    const me = detail.regulation.uid;
    try {
      await add.mutateAsync(side === 'from' ? { fromUid: me, toUid: other, kind } : { fromUid: other, toUid: me, kind });
      setOther(null);
      setSearch('');
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };

  return (
    <Paper withBorder p="md" data-testid="regulation-relations">
      <Title order={2} size="h4" mb="sm">
        {t('regulasi.detail.relations')}
      </Title>
      <Stack gap="sm">
        {detail.relations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('regulasi.detail.noRelations')}
          </Text>
        ) : (
          <Table withTableBorder>
            <Table.Tbody>
              {detail.relations.map((r) => (
                <Table.Tr key={r.uid} data-testid="relation-row">
                  <Table.Td w={220}>
                    {t('regulasi.detail.thisOne')} <b>{word(r.side, r.kind)}</b>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={regulationPath(r.other.uid)} size="sm">
                      {r.other.label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td w={100}>
                    {active ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          void remove.mutateAsync({ uid: r.uid, viewUid: detail.regulation.uid }).then(
                            () => notifications.show({ color: 'green', message: t('regulasi.detail.relationRemoved') }),
                            (error: unknown) => notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) }),
                          )
                        }
                      >
                        {t('regulasi.detail.remove')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {active ? (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('regulasi.detail.relationKind')}
              data={directions.map((d) => {
                const [side, kind] = d.split(':') as ['from' | 'to', RelationKind];
                return { value: d, label: word(side, kind) };
              })}
              value={direction}
              onChange={setDirection}
              allowDeselect={false}
              searchable
              w={230}
              data-testid="relation-kind"
            />
            <Select
              label={t('regulasi.detail.relationOther')}
              placeholder={t('regulasi.detail.relationSearch')}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              data={(pick.data ?? []).map((p) => ({ value: p.uid, label: `${p.label} — ${p.judul}`.slice(0, 140) }))}
              value={other}
              onChange={setOther}
              w={520}
              data-testid="relation-other"
            />
            <Button onClick={() => void save()} disabled={!other} loading={add.isPending} data-testid="relation-add">
              {t('regulasi.detail.relationAdd')}
            </Button>
          </Group>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('regulasi.detail.relationHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
