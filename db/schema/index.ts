// One table a file; this index is what drizzle and the services import.
export * from './audit-log.ts';
export * from './office-profile.ts';
export * from './region.ts';
export * from './reference-source.ts';
export * from './contribution-rule.ts';
export * from './lookup-item.ts';
export * from './kbli-entry.ts';
export * from './employer.ts';
export * from './employer-follow-up.ts';
export * from './import-batch.ts';
export * from './user-setting.ts';
export * from './record-total.ts';
export * from './person.ts';
export * from './participation-period.ts';
export * from './user-account.ts';
export * from './duplicate-review.ts';
