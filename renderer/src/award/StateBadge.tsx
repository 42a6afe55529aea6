import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceState } from '../../../core/api/award.ts';

const colours: Record<EvidenceState, string> = { belum: 'gray', draf: 'yellow', siap: 'blue', disetujui: 'green' };

/** An evidence item's state: belum, draf, siap, disetujui. */
export function StateBadge({ state }: { state: EvidenceState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[state]} variant={state === 'disetujui' ? 'filled' : 'light'} data-testid="evidence-state-badge">
      {t(`paritrana.states.${state}`)}
    </Badge>
  );
}
