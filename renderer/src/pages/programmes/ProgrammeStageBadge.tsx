import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStage } from '../../../../core/api/programmes.ts';
import './messages.ts';

const colors: Record<ProgrammeStage, string> = { belum_mulai: 'blue', aktif: 'green', selesai: 'gray' };

/** A programme's status as the server derives it for the office's today (Belum mulai, Berjalan, Selesai). */
export function ProgrammeStageBadge({ stage, size }: { stage: ProgrammeStage; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[stage]} variant="light" size={size} style={{ overflow: 'visible' }} data-testid="programme-stage">
      {t(`program.status.${stage}`)}
    </Badge>
  );
}
