import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
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
  if (!settings.data) return null;
  // Shows the value being saved at once (the switch answers the click), the stored one otherwise.
  const hideNik = save.isPending && save.variables ? save.variables.hideNikByDefault : settings.data.hideNikByDefault;
  return (
    <Paper withBorder p="md" maw={720}>
      <Stack gap="xs">
        <Title order={4}>{t('privasi.settings.title')}</Title>
        <Switch
          checked={hideNik}
          disabled={!canChange || save.isPending}
          label={t('privasi.settings.hideNik')}
          description={t('privasi.settings.hideNikHint')}
          data-testid="hide-nik-setting"
          onChange={(e) =>
            save.mutate(
              { hideNikByDefault: e.currentTarget.checked },
              {
                onSuccess: () => notifications.show({ color: 'green', title: t('common.saved'), message: t('privasi.settings.saved') }),
                onError: (error) => notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) }),
              },
            )
          }
        />
        {save.isError ? <Text c="red" size="sm">{errorText(save.error)}</Text> : null}
      </Stack>
    </Paper>
  );
}
