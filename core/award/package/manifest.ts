import { z } from 'zod';

// manifest.json: what the package holds and where it came from. Written last in the ZIP; every
// other entry is listed with its SHA-256, size and origin, so `lindung verify` can say which file
// changed, went missing or was added. The manifest does not list itself.

export const manifestSchemaVersion = 1;
export const manifestName = 'manifest.json';

const origin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('index') }),
  z.object({ kind: z.literal('annex'), item: z.string().optional() }),
  z.object({ kind: z.literal('narrative'), item: z.string() }),
  z.object({ kind: z.literal('document'), item: z.string(), sha256: z.string() }),
]);
export type ManifestOrigin = z.infer<typeof origin>;

const sha = z.string().regex(/^[a-f0-9]{64}$/);

export const manifestSchema = z.object({
  schemaVersion: z.literal(manifestSchemaVersion),
  generator: z.string(),
  office: z.object({ name: z.string(), areaName: z.string() }),
  cycle: z.object({ uid: z.string(), edition: z.string(), year: z.number(), level: z.string(), category: z.string(), periodStart: z.string(), periodEnd: z.string() }),
  approval: z.object({ approvedAt: z.string(), approvedBy: z.string(), approverName: z.string(), approverNip: z.string() }),
  snapshot: z.object({ uid: z.string(), month: z.string(), at: z.string() }),
  files: z.array(z.object({ path: z.string().min(1).max(1000), sha256: sha, size: z.number().int().min(0), origin })).max(100_000),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = Manifest['files'][number];
