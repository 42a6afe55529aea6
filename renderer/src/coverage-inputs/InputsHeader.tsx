import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { useLoadCoverageDemo } from './queries.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// The head of a coverage input list: title and what it is, add, import (where there is one) and
// the Bali example figures (denominators, aggregates and targets together).

interface Props {
  words: 'denominators' | 'aggregates' | 'targets';
  onAdd: () => void;
  importPath?: string;
}

export function InputsHeader({ words, onAdd, importPath }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const canWrite = useCan('records.write');
  const canImport = useCan('records.import');
  const demo = useLoadCoverageDemo();
  const loadDemo = async () => {
    try {
      const loaded = await demo.mutateAsync(undefined);
      notifications.show({ color: 'green', message: t('cakupanInput.common.demoDone', { ...loaded }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <PageTitle>{t(`cakupanInput.${words}.title`)}</PageTitle>
        <Text c="dimmed" maw={820}>
          {t(`cakupanInput.${words}.intro`)}
        </Text>
      </div>
      <Group gap="xs">
        {canImport ? (
          <Button variant="default" onClick={() => void loadDemo()} loading={demo.isPending} data-testid="coverage-demo">
            {t('cakupanInput.common.demo')}
          </Button>
        ) : null}
        {canImport && importPath ? (
          <Button variant="default" onClick={() => void navigate(importPath)} data-testid="coverage-import">
            {t('cakupanInput.common.import')}
          </Button>
        ) : null}
        {canWrite ? (
          <Button onClick={onAdd} data-testid="coverage-add">
            {t(`cakupanInput.${words}.add`)}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
