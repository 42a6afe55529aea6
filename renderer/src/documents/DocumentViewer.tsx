import { ActionIcon, Alert, Group, Image, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../../core/api/documents.ts';
import { useErrorText } from '../api/error-text.ts';
import { documentBytes } from './document-bytes.ts';
import { drawPage, openPdf } from './pdf-renderer.ts';
import './messages.ts';

// A document inside the app: a PDF page by page on a canvas (previous/next, zoom), an image as is.

const zooms = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

type Loaded = { kind: 'pdf'; doc: PDFDocumentProxy } | { kind: 'image'; url: string };

export function DocumentViewer({ entry, startPage = 1, onClose }: { entry: DocumentEntry; startPage?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [page, setPage] = useState(startPage);
  const [zoom, setZoom] = useState(2); // index into zooms: 100%
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let gone = false;
    let made: Loaded | null = null;
    documentBytes(entry.documentUid)
      .then(async ({ mime, bytes }) => {
        made = mime === 'application/pdf' ? { kind: 'pdf', doc: await openPdf(bytes) } : { kind: 'image', url: URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime })) };
        if (!gone) setLoaded(made);
      })
      .catch((error: unknown) => !gone && setFailure(errorText(error)));
    return () => {
      gone = true;
      if (made?.kind === 'pdf') void made.doc.loadingTask.destroy();
      if (made?.kind === 'image') URL.revokeObjectURL(made.url);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per document
  }, [entry.documentUid]);

  useEffect(() => {
    if (loaded?.kind !== 'pdf' || !canvas.current) return;
    drawPage(loaded.doc, page, canvas.current, zooms[zoom]!).catch((error: unknown) => setFailure(errorText(error)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw on page and zoom only
  }, [loaded, page, zoom]);

  const pages = loaded?.kind === 'pdf' ? loaded.doc.numPages : 1;
  return (
    <Modal opened onClose={onClose} size="xl" title={t('documents.viewer.title', { name: entry.name })}>
      <Stack>
        {failure ? <Alert color="red">{t('documents.viewer.failed', { reason: failure })}</Alert> : null}
        {!loaded && !failure ? (
          <Group>
            <Loader size="sm" />
            <Text>{t('documents.viewer.loading')}</Text>
          </Group>
        ) : null}
        {loaded?.kind === 'pdf' ? (
          <Group justify="space-between">
            <Group gap="xs">
              <ActionIcon variant="default" aria-label={t('documents.viewer.previous')} disabled={page <= 1} onClick={() => setPage(page - 1)}>
                ‹
              </ActionIcon>
              <Text data-testid="viewer-page">{t('documents.viewer.page', { page, pages })}</Text>
              <ActionIcon variant="default" aria-label={t('documents.viewer.next')} disabled={page >= pages} onClick={() => setPage(page + 1)}>
                ›
              </ActionIcon>
            </Group>
            <Group gap="xs">
              <ActionIcon variant="default" aria-label={t('documents.viewer.zoomOut')} disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>
                −
              </ActionIcon>
              <Text>{t('documents.viewer.zoom', { percent: Math.round(zooms[zoom]! * 100) })}</Text>
              <ActionIcon variant="default" aria-label={t('documents.viewer.zoomIn')} disabled={zoom === zooms.length - 1} onClick={() => setZoom(zoom + 1)}>
                +
              </ActionIcon>
            </Group>
          </Group>
        ) : null}
        <ScrollArea h="70vh" type="auto">
          {loaded?.kind === 'pdf' ? <canvas ref={canvas} data-testid="pdf-canvas" style={{ display: 'block', margin: '0 auto', boxShadow: '0 0 4px #0003' }} /> : null}
          {loaded?.kind === 'image' ? <Image src={loaded.url} alt={entry.name} fit="contain" /> : null}
        </ScrollArea>
      </Stack>
    </Modal>
  );
}
