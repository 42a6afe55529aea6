import { Button, Center, Group, Paper, SegmentedControl, Select, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedTimeZone, timeZones, type TimeZoneCode } from '../../../core/api/office-profile.ts';
import type { OfficeLevel } from '../../../core/api/reference.ts';
import { ApiCallError } from '../api/client.ts';
import { useCompleteSetup, useRegionChildren } from '../api/queries.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { homePath } from '../home/paths.ts';
import { demoOfficeSetup } from '../../../core/api/channels/demo.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import '../demo/messages.ts';

// First start on an empty database: the office names itself and its area. The app
// shows nothing else until this is done (App.tsx).

export function SetupWizard() {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [officeName, setOfficeName] = useState('');
  const [level, setLevel] = useState<OfficeLevel>('kabupaten_kota');
  const [province, setProvince] = useState<string | null>(null);
  const [kabKota, setKabKota] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState<TimeZoneCode>('WIB');
  const provinces = useRegionChildren(null);
  const regencies = useRegionChildren(province, province !== null && level === 'kabupaten_kota');
  const complete = useCompleteSetup();

  const areaCode = level === 'provinsi' ? province : kabKota;
  const area = (level === 'provinsi' ? provinces.data : regencies.data)?.find((r) => r.code === areaCode);
  const nameError = officeName.trim().length > 0 && officeName.trim().length < 3 ? t('validation.tooShort') : undefined;
  const canLeaveStep = [officeName.trim().length >= 3, areaCode !== null, true][step] ?? false;

  const chooseProvince = (code: string | null) => {
    setProvince(code);
    setKabKota(null);
    if (code) setTimeZone(suggestedTimeZone(code));
  };

  const submit = () => {
    if (!areaCode) return;
    // The app opens on Beranda, whose empty registers show where the work starts (App.tsx mounts
    // the router once setup is stored, which happens before a mutate callback would run).
    window.location.hash = `#/${homePath}`;
    complete.mutate({ officeName: officeName.trim(), level, areaCode, timeZone });
  };

  // The whole demo office: set up as a sample Jembrana office, then the demo page loads every part.
  const tryDemo = () => {
    window.location.hash = '#/contoh?mulai=1';
    complete.mutate(demoOfficeSetup);
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={720} component="main">
        <Stack>
          <div>
            <PageTitle>{t('setup.title')}</PageTitle>
            <Text c="dimmed">{t('setup.intro')}</Text>
          </div>
          <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
            <Stepper.Step label={t('setup.stepOffice')}>
              <Stack mt="md">
                <TextInput
                  label={t('profile.officeName')}
                  description={t('profile.officeNameHint')}
                  value={officeName}
                  onChange={(e) => setOfficeName(e.currentTarget.value)}
                  error={nameError}
                  withAsterisk
                  // No dialog here to move focus on its own: the first field takes it.
                  autoFocus
                  onKeyDown={(e) => e.key === 'Enter' && canLeaveStep && setStep(1)}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="level-label">
                    {t('setup.level')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="level-label"
                    value={level}
                    onChange={(v) => setLevel(v as OfficeLevel)}
                    data={[
                      { value: 'kabupaten_kota', label: t('setup.levelKabKota') },
                      { value: 'provinsi', label: t('setup.levelProvinsi') },
                    ]}
                  />
                </Stack>
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepArea')}>
              <Stack mt="md">
                <Select
                  label={t('setup.province')}
                  placeholder={t('setup.searchHint')}
                  autoFocus
                  searchable
                  value={province}
                  onChange={chooseProvince}
                  data={(provinces.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
                  nothingFoundMessage={t('setup.nothingFound')}
                />
                {level === 'kabupaten_kota' ? (
                  <Select
                    label={t('setup.kabKota')}
                    placeholder={province ? t('setup.searchHint') : t('setup.chooseProvinceFirst')}
                    searchable
                    disabled={!province}
                    value={kabKota}
                    onChange={setKabKota}
                    data={(regencies.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
                    nothingFoundMessage={t('setup.nothingFound')}
                  />
                ) : null}
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="setup-tz-label">
                    {t('profile.timeZone')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="setup-tz-label"
                    value={timeZone}
                    onChange={(v) => setTimeZone(v as TimeZoneCode)}
                    data={timeZones.map((z) => ({ value: z, label: t(`profile.timeZones.${z}`) }))}
                  />
                  {province ? (
                    <Text size="xs" c="dimmed">
                      {t('setup.tzSuggested', { zone: suggestedTimeZone(province) })}
                    </Text>
                  ) : null}
                </Stack>
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepConfirm')}>
              <Stack mt="md" gap="xs" data-testid="setup-summary">
                <Text>
                  <b>{t('profile.officeName')}:</b> {officeName.trim()}
                </Text>
                <Text>
                  <b>{t('setup.area')}:</b> {area ? `${area.name} (${area.code})` : '—'}
                </Text>
                <Text>
                  <b>{t('profile.timeZone')}:</b> {t(`profile.timeZones.${timeZone}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('setup.confirmHint')}
                </Text>
              </Stack>
            </Stepper.Step>
          </Stepper>
          <ErrorAlert error={complete.error instanceof ApiCallError ? complete.error.error : null} />
          <Group justify="space-between">
            <Button variant="default" disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('setup.back')}
            </Button>
            {step < 2 ? (
              <Button disabled={!canLeaveStep} onClick={() => setStep(step + 1)}>
                {t('setup.next')}
              </Button>
            ) : (
              <Button onClick={submit} loading={complete.isPending}>
                {t('setup.finish')}
              </Button>
            )}
          </Group>
          {step === 0 ? (
            <Paper withBorder p="sm" bg="gray.0">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  {t('contoh.setupHint')}
                </Text>
                <Button variant="light" onClick={tryDemo} loading={complete.isPending} data-testid="setup-try-demo" style={{ flexShrink: 0 }}>
                  {t('contoh.setupButton')}
                </Button>
              </Group>
            </Paper>
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}
