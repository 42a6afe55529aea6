import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.tsx';

// A screen the signed-in role may not open, reached by its address (a bookmark, a link from
// another user): said as such, not read as a record that is not found (walk 37).
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('noAccess.title')}</PageTitle>
      <Alert color="gray" data-testid="no-access">
        {t('noAccess.body')}
      </Alert>
    </Stack>
  );
}
