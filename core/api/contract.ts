import type { z } from 'zod';
import type { ChannelSpec } from './channel.ts';
import { accountChannels } from './channels/accounts.ts';
import { appChannels } from './channels/app.ts';
import { auditChannels } from './channels/audit.ts';
import { backupChannels } from './channels/backups.ts';
import { employerChannels } from './channels/employers.ts';
import { importChannels } from './channels/imports.ts';
import { referenceChannels } from './channels/reference.ts';
import { registerChannels } from './channels/registers.ts';
import { settingsChannels } from './channels/settings.ts';
import { encryptionChannels } from './channels/encryption.ts';
import { workerChannels } from './channels/workers.ts';
import { identityReviewChannels } from './channels/identity-review.ts';
import { privacyChannels } from './channels/privacy.ts';
import { programmeChannels } from './channels/programmes.ts';
import { documentChannels } from './channels/documents.ts';
import { regulationChannels } from './channels/regulations.ts';
import { duplicateReviewChannels } from './channels/duplicates.ts';
import { coverageChannels } from './channels/coverage.ts';
import { coverageInputChannels } from './channels/coverage-inputs.ts';
import { demoChannels } from './channels/demo.ts';
import { awardChannels, awardPackageChannels } from './channels/award.ts';
import { homeChannels } from './channels/home.ts';

// The contract between UI and backend: channel name -> input schema -> output type, with
// whether the channel reads or writes and the permission it needs (channel.ts). Each domain
// declares its channels in channels/<domain>.ts; this is the one place they are joined.
// A leaf module: it imports zod and nothing of ours outside core/api.

const domains = [appChannels, accountChannels, settingsChannels, auditChannels, referenceChannels, registerChannels, employerChannels, importChannels, backupChannels, encryptionChannels, workerChannels, identityReviewChannels, privacyChannels, programmeChannels, documentChannels, regulationChannels, duplicateReviewChannels, coverageChannels, coverageInputChannels, demoChannels, awardChannels, awardPackageChannels, homeChannels] as const;

export const contract = {
  ...appChannels,
  ...accountChannels,
  ...settingsChannels,
  ...auditChannels,
  ...referenceChannels,
  ...registerChannels,
  ...employerChannels,
  ...workerChannels,
  ...identityReviewChannels,
  ...programmeChannels,
  ...regulationChannels,
  ...duplicateReviewChannels,
  ...coverageChannels,
  ...importChannels,
  ...backupChannels,
  ...encryptionChannels,
  ...privacyChannels,
  ...documentChannels,
  ...coverageInputChannels,
  ...demoChannels,
  ...awardChannels,
  ...awardPackageChannels,
  ...homeChannels,
} as const satisfies Record<string, ChannelSpec>;

export type { AppInfo } from './channels/app.ts';
export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];
export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);

/** Channel names declared by more than one domain (a spread would silently keep the last). */
export const duplicateChannels = (): string[] => {
  const seen = new Set<string>();
  return domains.flatMap((d) => Object.keys(d)).filter((name) => (seen.has(name) ? true : (seen.add(name), false)));
};

/** Largest JSON body a host accepts for one call (the office logo is the biggest input). */
export const maxRequestBytes = 1024 * 1024;
