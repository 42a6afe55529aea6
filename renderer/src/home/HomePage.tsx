import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOfficeToday } from '../api/queries.ts';
import { formatDay } from '../format.ts';
import '../pages/employers/messages.ts';
import { employerDemo } from '../pages/employers/employer-demo.ts';
import { employerRegister } from '../pages/employers/employer-register.ts';
import { registerPath } from '../pages/employers/shared.tsx';
import '../pages/workers/messages.ts';
import { workerDemo } from '../pages/workers/worker-demo.ts';
import { workerImport } from '../pages/workers/worker-import.ts';
import { employerImport } from '../features/import-routes.tsx';
import { workerRegister } from '../pages/workers/worker-register.ts';
import { AwardCard } from './AwardCard.tsx';
import { BackupCard } from './BackupCard.tsx';
import { CoverageCard } from './CoverageCard.tsx';
import { FollowUpsCard } from './FollowUpsCard.tsx';
import './messages.ts';
import { RecentImportsCard } from './RecentImportsCard.tsx';
import { RegisterCard } from './RegisterCard.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

// Beranda: where a clerk or the head of office lands after signing in. What needs attention
// today (follow-ups due, a backup overdue) and where the office stands (register sizes,
// coverage against this year's target, the award cycle, the latest imports), each part read
// from the channel of the page it links to, so the figures are those pages' own.

export function HomePage() {
  const { t } = useTranslation();
  const today = useOfficeToday();
  return (
    <Stack gap="md" maw={1300}>
      <div>
        <PageTitle>{t('beranda.title')}</PageTitle>
        <Text c="dimmed" size="sm">
          {t('beranda.intro')} {t('beranda.today', { date: formatDay(today) })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <RegisterCard config={employerRegister} name="employers.nav.register" words="employers" path={registerPath} openLabel={employerImport.labels.openRegister} demo={employerDemo} />
        <RegisterCard config={workerRegister} name="pekerja.nav.register" words="pekerja" path={workerImport.registerPath} openLabel={workerImport.labels.openRegister} demo={workerDemo} />
        <BackupCard />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <FollowUpsCard />
        <CoverageCard />
        <AwardCard />
        <RecentImportsCard />
      </SimpleGrid>
    </Stack>
  );
}
