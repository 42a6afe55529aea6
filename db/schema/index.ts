// One table a file; this index is what drizzle and the services import.
export * from './audit-log.ts';
export * from './office-profile.ts';
