import { Select, Text } from '@mantine/core';
import { useController, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../../../../core/api/workers.ts';
import './messages.ts';
import { useProgrammeChoices } from './queries.ts';

// The programme that pays a participation period, in the person form. Running programmes are
// offered (an ended one stays when the period already names it). Choosing one fills an empty
// funding; a funding, package or segment that disagrees is said under the field, and saving
// still goes ahead (the person's page flags it).

export function PeriodProgrammeSelect({ control, index, error }: { control: Control<PersonInput>; index: number; error: string | undefined }) {
  const { t } = useTranslation();
  const choices = useProgrammeChoices();
  const { field } = useController({ control, name: `periods.${index}.programmeUid` });
  const { field: funding } = useController({ control, name: `periods.${index}.funding` });
  const segment = useWatch({ control, name: `periods.${index}.segment` });
  const programmes = useWatch({ control, name: `periods.${index}.programmes` }) ?? [];
  const options = (choices.data ?? []).filter((c) => c.status === 'aktif' || c.uid === field.value);
  const chosen = options.find((c) => c.uid === field.value);

  const warnings = chosen
    ? [
        ...(segment !== 'BPU' ? [t('program.period.notBpu')] : []),
        ...(funding.value && funding.value !== chosen.funding ? [t('program.period.fundingDiffers')] : []),
        ...(chosen.package.some((c) => !programmes.includes(c)) ? [t('program.period.packageDiffers', { package: chosen.package.join(' + ') })] : []),
      ]
    : [];

  return (
    <Select
      label={t('program.period.label')}
      description={
        warnings.length ? (
          <Text component="span" size="xs" c="orange.8" data-testid={`period-${index}-programme-warning`}>
            {warnings.join(' ')}
          </Text>
        ) : (
          t('program.period.hint')
        )
      }
      data={options.map((c) => ({ value: c.uid, label: `${c.name} (${c.year})` }))}
      value={field.value ?? null}
      onChange={(uid) => {
        field.onChange(uid ?? null);
        const picked = options.find((c) => c.uid === uid);
        if (picked && !funding.value) funding.onChange(picked.funding);
      }}
      onBlur={field.onBlur}
      clearable
      searchable
      placeholder={t('program.common.choose')}
      nothingFoundMessage={t('program.period.none')}
      error={error}
      data-testid={`period-${index}-programme`}
    />
  );
}
