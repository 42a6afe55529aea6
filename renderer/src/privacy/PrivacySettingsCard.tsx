import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text.ts';
import { usePermissionCheck } from '../api/auth.ts';
import { usePrivacySettings, useSavePrivacySettings } from './queries.ts';
import './messages.ts';

// The office's personal-data settings on the office profile page: the worker register's NIK
// column hidden by default (on at the start). Only who may change settings may switch it.

export function PrivacySettingsCard() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = usePrivacySettings();
  const save = useSavePrivacySettings();
  const canChange = usePermissionCheck()('settings.write');
  // The value being saved, set in the click's own render so the switch answers at once (the
  // mutation's pending state arrives a tick later, and a controlled switch would flick back).
  const [saving, setSaving] = useState<boolean | null>(null);
  if (!settings.data) return null;
  const hideNik = saving ?? settings.data.hideNikByDefault;
  return (
    <Paper withBorder p="md" maw={720}>
      <Stack gap="xs">
        <Title order={2} size="h4">{t('privasi.settings.title')}</Title>
        <Switch
          checked={hideNik}
          disabled={!canChange || saving !== null}
          label={t('privasi.settings.hideNik')}
          description={t('privasi.settings.hideNikHint')}
          data-testid="hide-nik-setting"
          onChange={(e) => {
            const hideNikByDefault = e.currentTarget.checked;
            setSaving(hideNikByDefault);
            save.mutate(
              { hideNikByDefault },
              {
                onSuccess: () => notifications.show({ color: 'green', title: t('common.saved'), message: t('privasi.settings.saved') }),
                onError: (error) => notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) }),
                // The stored value (set from the answer before this runs) takes over again.
                onSettled: () => setSaving(null),
              },
            );
          }}
        />
        {save.isError ? <Text c="red" size="sm">{errorText(save.error)}</Text> : null}
      </Stack>
    </Paper>
  );
}
