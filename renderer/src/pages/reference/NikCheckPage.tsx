import { Alert, Badge, Button, Card, Checkbox, Code, Grid, Group, Kbd, List, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NikAnalysis, NikIssue } from '../../../../core/api/nik.ts';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { regionGetQuery } from '../../components/region-queries.ts';
import { formatLongDay } from '../../format.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import './messages.ts';

// Cek NIK: paste one or many NIKs (one a line) and see, per value, whether it is valid and
// why not, what it says (sex, birth date, where it was issued) and what a spreadsheet did
// to it: repaired (confirm before → after) or beyond repair (re-export the column as text).

const maxLines = 200;

const analyzeQuery = (value: string, fromNumericCell: boolean) => ({
  queryKey: ['nik.analyze', value, fromNumericCell] as const,
  queryFn: () => request('nik.analyze', { value, ...(fromNumericCell ? { fromNumericCell } : {}) }),
  staleTime: 60_000,
});

/** 'YYYY-MM-DD' as "5 Juni 1985" ("5 June 1985" in English). */
const formatBirthDate = (iso: string) => formatLongDay(iso);

type Status = 'valid' | 'confirm' | 'invalid' | 'unrepairable';
const statusOf = (a: NikAnalysis): Status =>
  a.repair.outcome === 'unrepairable' ? 'unrepairable' : !a.valid ? 'invalid' : a.repair.needsConfirmation ? 'confirm' : 'valid';
const statusColor: Record<Status, string> = { valid: 'green', confirm: 'yellow', invalid: 'red', unrepairable: 'red' };

export function NikCheckPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fromNumericCell, setFromNumericCell] = useState(false);
  const [submitted, setSubmitted] = useState<string[] | null>(null);
  const [pastedCount, setPastedCount] = useState(0);

  const submit = () => {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    setPastedCount(lines.length);
    setSubmitted(lines.slice(0, maxLines));
  };

  const results = useQueries({ queries: (submitted ?? []).map((value) => analyzeQuery(value, fromNumericCell)) });
  const done = results.filter((r) => r.data).map((r) => statusOf(r.data as NikAnalysis));
  const count = (s: Status | Status[]) => done.filter((d) => (Array.isArray(s) ? s.includes(d) : d === s)).length;

  return (
    <Stack maw={1100}>
      <div>
        <PageTitle>{t('reference.nik.title')}</PageTitle>
        <Text c="dimmed">{t('reference.nik.intro', { max: maxLines })}</Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Textarea
            label={t('reference.nik.label')}
            placeholder={t('reference.nik.placeholder')}
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="nik-input"
          />
          <Checkbox
            label={t('reference.nik.fromNumericCell')}
            description={t('reference.nik.fromNumericCellHint')}
            checked={fromNumericCell}
            onChange={(e) => setFromNumericCell(e.currentTarget.checked)}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('reference.nik.shortcut')}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() => {
                  setText('');
                  setSubmitted(null);
                }}
                disabled={text === '' && submitted === null}
              >
                {t('reference.nik.clear')}
              </Button>
              <Button onClick={submit} disabled={text.trim() === ''}>
                {t('reference.nik.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
      {submitted === null ? (
        <Text c="dimmed" size="sm">
          {t('reference.nik.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {pastedCount > maxLines ? <Alert color="yellow">{t('reference.nik.tooMany', { max: maxLines, count: pastedCount })}</Alert> : null}
          <Text fw={500} data-testid="nik-summary">
            {t('reference.nik.summary', {
              count: submitted.length,
              valid: count('valid'),
              confirm: count('confirm'),
              invalid: count(['invalid', 'unrepairable']),
            })}
          </Text>
          {submitted.map((value, i) => {
            const r = results[i];
            return (
              <NikResultCard
                key={`${i}:${value}`}
                index={i}
                input={value}
                analysis={r?.data ?? null}
                error={r?.error ?? null}
              />
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------

function NikResultCard({ index, input, analysis, error }: { index: number; input: string; analysis: NikAnalysis | null; error: Error | null }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const msg = (issue: NikIssue) => issue.message[lang];

  if (!analysis) {
    return (
      <Card withBorder padding="sm" data-testid="nik-result">
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('reference.nik.line', { n: index + 1 })}
          </Text>
          <Code>{input}</Code>
          {error ? (
            <Text c="red" size="sm">
              {t('reference.nik.failed')}: {errorText(error)}
            </Text>
          ) : (
            <Loader size="xs" aria-label={t('reference.nik.checking')} />
          )}
        </Group>
      </Card>
    );
  }

  const status = statusOf(analysis);
  const { repair } = analysis;
  // The unrepairable reason is also the first error, and the confirmation warning repeats the repair box.
  const errors = analysis.errors.filter((e) => !(repair.reason && e.code === repair.reason.code));
  const warnings = analysis.warnings.filter((w) => w.code !== 'REPAIR_NEEDS_CONFIRMATION');
  const silentChanges = repair.changes.filter((c) => c.code === 'TRIMMED_WHITESPACE' || c.code === 'REMOVED_APOSTROPHE');
  const loudChanges = repair.changes.filter((c) => !silentChanges.includes(c));

  return (
    <Card withBorder padding="sm" data-testid="nik-result" data-status={status} style={{ borderLeft: `4px solid var(--mantine-color-${statusColor[status]}-6)` }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('reference.nik.line', { n: index + 1 })}
            </Text>
            <Code fz="sm">{input}</Code>
          </Group>
          <Badge color={statusColor[status]} variant={status === 'valid' ? 'filled' : 'light'} size="lg" tt="none" data-testid="nik-status">
            {t(`reference.nik.status.${status}`)}
          </Badge>
        </Group>

        {repair.outcome === 'repaired' && repair.needsConfirmation ? (
          <Alert color="yellow" p="xs" title={t('reference.nik.repaired.title')} data-testid="nik-repaired">
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{t('reference.nik.repaired.before')}:</Text>
                <Code fz="sm">{analysis.input}</Code>
                <Text size="sm">→ {t('reference.nik.repaired.after')}:</Text>
                <Code fz="sm" fw={700} data-testid="nik-repaired-after">
                  {repair.text}
                </Code>
              </Group>
              <Text size="sm" fw={500}>
                {t('reference.nik.repaired.changes')}
              </Text>
              <List size="sm" spacing={2}>
                {loudChanges.map((c) => (
                  <List.Item key={c.code}>{msg(c)}</List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        ) : null}
        {silentChanges.length > 0 && !repair.needsConfirmation ? (
          <Text size="xs" c="dimmed">
            {t('reference.nik.repaired.silent')} {silentChanges.map(msg).join(' ')}
          </Text>
        ) : null}

        {repair.outcome === 'unrepairable' && repair.reason ? (
          <Alert color="red" p="xs" title={t('reference.nik.unrepairable.title')} data-testid="nik-unrepairable">
            <Stack gap={6}>
              <Text size="sm">{msg(repair.reason)}</Text>
              {repair.knownDigits ? (
                <Text size="sm">{t('reference.nik.unrepairable.knownDigits', { digits: repair.knownDigits })}</Text>
              ) : null}
              <Text size="sm">
                <b>{t('reference.nik.unrepairable.howToFix')}:</b> {t('reference.nik.unrepairable.howToFixText')}
              </Text>
            </Stack>
          </Alert>
        ) : null}

        {errors.length > 0 ? (
          <IssueList title={t('reference.nik.errors')} color="red" testId="nik-errors">
            {errors.map((e) => (
              <List.Item key={e.code}>{msg(e)}</List.Item>
            ))}
          </IssueList>
        ) : null}
        {warnings.length > 0 ? (
          <IssueList title={t('reference.nik.warnings')} color="orange" testId="nik-warnings">
            {warnings.map((w) => (
              <List.Item key={w.code}>{msg(w)}</List.Item>
            ))}
          </IssueList>
        ) : null}

        {analysis.nik ? <NikDetails analysis={analysis} /> : null}
      </Stack>
    </Card>
  );
}

function IssueList({ title, color, testId, children }: { title: string; color: string; testId: string; children: ReactNode }) {
  return (
    <div data-testid={testId}>
      <Text size="sm" fw={600} c={`${color}.8`}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {children}
      </List>
    </div>
  );
}

function Field({ label, span, children, testId }: { label: string; span: number; children: ReactNode; testId?: string }) {
  return (
    <Grid.Col span={{ base: 6, md: span }} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Grid.Col>
  );
}

function NikDetails({ analysis: a }: { analysis: NikAnalysis }) {
  const { t } = useTranslation();
  const nik = a.nik ?? '';
  return (
    <Grid gap="sm">
      <Field label={t('reference.nik.fields.nik')} span={3}>
        <Group gap={4} wrap="nowrap">
          <NikSegment digits={nik.slice(0, 6)} label={t('reference.nik.segments.region')} />
          <NikSegment digits={nik.slice(6, 12)} label={t('reference.nik.segments.birth')} />
          <NikSegment digits={nik.slice(12)} label={t('reference.nik.segments.serial')} />
        </Group>
      </Field>
      <Field label={t('reference.nik.fields.sex')} span={1.75} testId="nik-sex">
        <Text size="sm" fw={500}>
          {a.sex ? t(`reference.nik.sex.${a.sex}`) : '—'}
        </Text>
      </Field>
      <Field label={t('reference.nik.fields.birthDate')} span={2.5} testId="nik-birth">
        {a.birthDate ? (
          <Stack gap={2}>
            <Group gap={6}>
              <Text size="sm" fw={500}>
                {formatBirthDate(a.birthDate)}
              </Text>
              {a.centuryDoubtful ? (
                <Badge color="orange" variant="light" size="sm" tt="none" data-testid="nik-century-doubtful">
                  {t('reference.nik.centuryDoubtful')}
                </Badge>
              ) : null}
            </Group>
            {a.centuryDoubtful && a.birthDateCandidates.length > 1 ? (
              <Text size="xs" c="dimmed">
                {t('reference.nik.candidates', { dates: a.birthDateCandidates.map(formatBirthDate).join(t('reference.nik.or')) })}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm">—</Text>
        )}
      </Field>
      <Field label={t('reference.nik.fields.issuedIn')} span={3.75} testId="nik-issued">
        <IssuedRegion analysis={a} />
      </Field>
      <Field label={t('reference.nik.fields.serial')} span={1} testId="nik-serial">
        <Text size="sm" ff="monospace">
          {a.serial ?? '—'}
        </Text>
      </Field>
    </Grid>
  );
}

function NikSegment({ digits, label }: { digits: string; label: string }) {
  return (
    <Stack gap={0} align="center">
      <Text size="sm" ff="monospace" fw={500}>
        {digits}
      </Text>
      <Text size="9px" c="dimmed" lh={1}>
        {label}
      </Text>
    </Stack>
  );
}

/** Names of the province / kab-kota / kecamatan codes (cached; unknown codes say so). */
function IssuedRegion({ analysis: a }: { analysis: NikAnalysis }) {
  const { t } = useTranslation();
  const codes = [a.districtCode, a.regencyCode, a.provinceCode].filter((c): c is string => c !== null);
  const names = useQueries({ queries: codes.map((code) => ({ ...regionGetQuery(code), retry: false })) });
  if (codes.length === 0) return <Text size="sm">—</Text>;
  const parts = codes.map((code, i) => {
    const q = names[i];
    if (q?.data) return q.data.kind === 'kecamatan' ? t('reference.picker.inKecamatan', { name: q.data.name }) : q.data.name;
    if (q?.isError) return t('reference.nik.unknownCode', { code });
    return '…';
  });
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {parts.join(', ')}
      </Text>
      <Text size="xs" c="dimmed">
        <Code fz="xs">{a.districtCode}</Code> · {t('reference.nik.fields.issuedNote')}
      </Text>
    </Stack>
  );
}
