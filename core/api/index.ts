export * from './contract.ts';
export * from './result.ts';
export * from './grid.ts';
export * from './office-profile.ts';
export * from './audit.ts';
export * from './messages.ts';
