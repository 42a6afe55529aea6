import { Alert, Anchor, Button, FileButton, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxUploadBytes, type StagedFileInfo } from '../../../../core/api/files.ts';
import type { ImportRegister, Inspection } from '../../../../core/api/imports.ts';
import type { ApiError } from '../../../../core/api/result.ts';
import { downloadFile, request, uploadFile } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { apiErrorOf } from './queries.ts';
import { acceptedExtensions, hasAcceptedExtension, isTextNamedLikeExcel, useFormatBytes, useLocalized } from './shared.ts';

interface Props {
  register: ImportRegister;
  /** The register's layouts' templates (i18n keys of their links); none: one template. */
  templates?: readonly { layout: string; label: string }[];
  file: StagedFileInfo | null;
  onReady: (file: StagedFileInfo, inspection: Inspection) => void;
  /** A new choice failed: the file chosen before is replaced all the same (no going on with it). */
  onFailed: () => void;
  onNext: (() => void) | null;
  headingId: string;
}

/** Step 1: a file in (drop or pick), staged and read once so a bad file is named here. */
export function FileStep({ register, templates, file, onReady, onFailed, onNext, headingId }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatBytes = useFormatBytes();
  const localized = useLocalized();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [templateBusy, setTemplateBusy] = useState(false);

  // A file sent and then refused replaced the one chosen before: none is left to go on with.
  // (Refused before it is sent, by its name or size, it replaced nothing.)
  const refuse = (text: string) => {
    setError(text);
    onFailed();
  };
  const fail = (e: ApiError) => refuse(errorText(e));

  const take = async (picked: File | null) => {
    if (!picked || busy) return;
    setError(null);
    if (!hasAcceptedExtension(picked.name)) return setError(t('imports.file.wrongType', { name: picked.name }));
    if (picked.size > maxUploadBytes) return setError(t('imports.file.tooLarge', { name: picked.name, size: formatBytes(picked.size), max: formatBytes(maxUploadBytes) }));
    setBusy(picked.name);
    // The refused file's own copy goes too (until it is handed on).
    let refusedCopy: string | null = null;
    try {
      const staged = await uploadFile(picked);
      if (!staged.ok) return fail(staged.error);
      refusedCopy = staged.data.token;
      const inspection = await request('imports.inspect', { register, fileToken: staged.data.token });
      // Text saved under an Excel name is read as CSV; when not even the required columns
      // are recognised, it is not the list the clerk meant: say so here.
      const missing = inspection.fields.filter((f) => f.required && (inspection.mapping[f.key] ?? null) === null);
      if (isTextNamedLikeExcel(picked.name, inspection.format) && missing.length) {
        return refuse(t('imports.file.textNotSheet', { name: picked.name, required: missing.map((f) => `"${localized(f.label)}"`).join(', ') }));
      }
      refusedCopy = null;
      onReady(staged.data, inspection);
    } catch (e) {
      fail(apiErrorOf(e));
    } finally {
      if (refusedCopy) void request('imports.discard', { fileToken: refusedCopy }).catch(() => {});
      setBusy(null);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void take(e.dataTransfer.files.item(0));
  };

  const template = async (layout?: string) => {
    setTemplateBusy(true);
    try {
      const out = await request('imports.template', { register, ...(layout ? { layout } : {}) });
      await downloadFile(out.token, out.fileName);
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(apiErrorOf(e)) });
    } finally {
      setTemplateBusy(false);
    }
  };

  return (
    <Stack>
      <Title order={2} size="h3" id={headingId} tabIndex={-1}>
        {t('imports.file.heading')}
      </Title>
      <Paper
        withBorder
        p="xl"
        data-testid="import-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: dragging ? 'var(--mantine-color-blue-6)' : undefined, background: dragging ? 'var(--mantine-color-blue-0)' : undefined }}
      >
        <Stack align="center" gap="sm">
          {busy ? (
            <Group>
              <Loader size="sm" />
              <Text>{t('imports.file.uploading', { name: busy })}</Text>
            </Group>
          ) : (
            <>
              <Text size="lg">{t('imports.file.drop')}</Text>
              <FileButton onChange={(f) => void take(f)} accept={acceptedExtensions.join(',')} inputProps={{ 'aria-label': t('imports.file.pick') }}>
                {(props) => (
                  <Button {...props} size="md" variant={file ? 'default' : 'filled'}>
                    {file ? t('imports.file.pickOther') : t('imports.file.pick')}
                  </Button>
                )}
              </FileButton>
            </>
          )}
          <Text size="sm" c="dimmed" ta="center">
            {t('imports.file.formats', { max: formatBytes(maxUploadBytes) })}
          </Text>
        </Stack>
      </Paper>
      <Group gap="xs">
        {templates?.length ? (
          templates.map((tp) => (
            <Anchor key={tp.layout} component="button" type="button" onClick={() => void template(tp.layout)} disabled={templateBusy} data-testid={`template-${tp.layout}`}>
              {t(tp.label)}
            </Anchor>
          ))
        ) : (
          <Anchor component="button" type="button" onClick={() => void template()} disabled={templateBusy}>
            {t('imports.file.template')}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {t('imports.file.templateHint')}
        </Text>
      </Group>
      {error ? (
        <Alert color="red" title={t('imports.file.failedTitle')} role="alert" data-testid="import-file-error">
          <Stack gap={4}>
            <Text size="sm">{error}</Text>
            <Text size="sm">{t('imports.file.nothingChanged')}</Text>
          </Stack>
        </Alert>
      ) : null}
      {file && !busy ? (
        <Group justify="space-between">
          <Text data-testid="import-file-name" fw={500}>
            {t('imports.file.chosen', { name: file.name, size: formatBytes(file.bytes) })}
          </Text>
          {onNext ? <Button onClick={onNext}>{t('imports.file.next')}</Button> : null}
        </Group>
      ) : null}
    </Stack>
  );
}
