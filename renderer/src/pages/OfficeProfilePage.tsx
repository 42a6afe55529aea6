import { zodResolver } from '@hookform/resolvers/zod';
import { Button, FileButton, Group, Image, Loader, Paper, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { maxLogoBytes, officeProfileInputSchema, timeZones, type OfficeProfile, type OfficeProfileInput } from '../../../core/api/office-profile.ts';
import type { FieldIssue } from '../../../core/api/result.ts';
import { ApiCallError } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { useOfficeProfile, useSaveOfficeProfile } from '../api/queries.ts';
import { formatTimestamp } from '../format.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PrivacySettingsCard } from '../privacy/PrivacySettingsCard.tsx';
import { DocumentsPanel } from '../documents/DocumentsPanel.tsx';
import { useCheckedForm } from '../components/use-checked-form.ts';
import { PageTitle } from '../components/PageTitle.tsx';

type FormValues = z.input<typeof officeProfileInputSchema>;

const toForm = ({ uid: _uid, updatedAt: _u, level: _l, areaCode: _a, ...input }: OfficeProfile): FormValues => input;

function readLogo(file: File): Promise<OfficeProfileInput['logo']> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const [, base64 = ''] = String(reader.result).split(',', 2);
      resolve({ mimeType: file.type as 'image/png', base64 });
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function OfficeProfilePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const profile = useOfficeProfile();
  const save = useSaveOfficeProfile();
  const form = useCheckedForm<FormValues, OfficeProfileInput>(zodResolver(officeProfileInputSchema));
  const { register, handleSubmit, reset, control, formState, setError, setValue, watch } = form;

  useEffect(() => {
    if (profile.data) reset(toForm(profile.data));
  }, [profile.data, reset]);

  const fieldError = (name: keyof FormValues) => {
    const message = formState.errors[name]?.message;
    return message ? t(String(message)) : undefined;
  };

  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      notifications.show({ color: 'green', title: t('common.saved'), message: t('profile.savedMessage') });
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const issues = (error.error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? [];
      for (const issue of issues) setError(issue.path.split('.')[0] as keyof FormValues, { message: issue.messageKey });
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error.error) });
    }
  });

  if (profile.isPending) return <Loader aria-label={t('common.loading')} />;
  if (profile.error) {
    return <ErrorAlert error={profile.error} />;
  }

  const logo = watch('logo');
  const onLogo = async (file: File | null) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg', 'image/webp'].includes(file.type)) return setError('logo', { message: 'validation.imageType' });
    if (file.size > maxLogoBytes) return setError('logo', { message: 'validation.imageTooLarge' });
    setValue('logo', await readLogo(file), { shouldDirty: true, shouldValidate: true });
  };

  return (
    <Stack maw={760}>
      <div>
        <PageTitle>{t('profile.title')}</PageTitle>
        <Text c="dimmed">{t('profile.intro')}</Text>
        <Text size="sm" c="dimmed" data-testid="profile-last-saved">
          {profile.data.updatedAt ? t('profile.lastSaved', { when: formatTimestamp(profile.data.updatedAt, profile.data.timeZone) }) : t('profile.neverSaved')}
        </Text>
      </div>
      <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate aria-label={t('profile.title')}>
        <Stack>
          <TextInput label={t('profile.officeName')} description={t('profile.officeNameHint')} withAsterisk {...register('officeName')} error={fieldError('officeName')} />
          <Textarea label={t('profile.address')} autosize minRows={2} {...register('address')} error={fieldError('address')} />
          <Group grow align="flex-start">
            <TextInput label={t('profile.headName')} {...register('headName')} error={fieldError('headName')} />
            <TextInput label={t('profile.headNip')} description={t('profile.headNipHint')} inputMode="numeric" {...register('headNip')} error={fieldError('headNip')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('profile.phone')} type="tel" {...register('phone')} error={fieldError('phone')} />
            <TextInput label={t('profile.email')} type="email" {...register('email')} error={fieldError('email')} />
          </Group>
          <Controller
            control={control}
            name="timeZone"
            render={({ field }) => (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="tz-label">
                  {t('profile.timeZone')}
                </Text>
                <SegmentedControl aria-labelledby="tz-label" value={field.value} onChange={field.onChange} data={timeZones.map((z) => ({ value: z, label: t(`profile.timeZones.${z}`) }))} />
              </Stack>
            )}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('profile.logo')}
            </Text>
            <Group>
              {logo ? <Image src={`data:${logo.mimeType};base64,${logo.base64}`} alt={t('profile.logo')} h={64} w="auto" fit="contain" /> : null}
              <FileButton onChange={(f) => void onLogo(f)} accept="image/png,image/jpeg,image/webp">
                {(props) => (
                  <Button variant="default" {...props}>
                    {t('profile.logoPick')}
                  </Button>
                )}
              </FileButton>
              {logo ? (
                <Button variant="subtle" color="red" onClick={() => setValue('logo', null, { shouldDirty: true })}>
                  {t('common.remove')}
                </Button>
              ) : null}
            </Group>
            <Text size="xs" c={formState.errors.logo ? 'red' : 'dimmed'}>
              {formState.errors.logo ? t(String(formState.errors.logo.message)) : t('profile.logoHint')}
            </Text>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" disabled={!formState.isDirty || save.isPending} onClick={() => reset(toForm(profile.data))}>
              {t('common.reset')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <PrivacySettingsCard />
      {/* The office's own documents (its decree, its SOP): the documents store on a record every office has. */}
      <DocumentsPanel entity="office_profile" uid={profile.data.uid} title={t('profile.documents')} />
    </Stack>
  );
}
