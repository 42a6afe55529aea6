import { SimpleGrid, Stack } from '@mantine/core';
import type { CycleDetail } from '../../../core/api/award.ts';
import { BriefPanel } from './BriefPanel.tsx';
import { PackagePanel } from './PackagePanel.tsx';
import { VerifyPanel } from './VerifyPanel.tsx';

// "Paket dan wawancara": build the evidence package, verify a package, and the interview brief
// (a working paper: its talking points stay editable after the approval, which freezes the package).
export function PackageTab({ cycle, canWrite, canExport }: { cycle: CycleDetail; canWrite: boolean; canExport: boolean }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <PackagePanel cycle={cycle} canExport={canExport} />
        <VerifyPanel />
      </SimpleGrid>
      <BriefPanel key={cycle.briefPoints.join('\u0000')} cycle={cycle} editable={canWrite} />
    </Stack>
  );
}
