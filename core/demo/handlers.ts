import type { demoChannels } from '../api/channels/demo.ts';
import type { HandlersOf } from '../handler-types.ts';
import { demoOfficeDefaults, startDemoOffice } from './demo-office.ts';

export const demoHandlers: HandlersOf<typeof demoChannels> = {
  'demo.office': (ctx, input) => startDemoOffice(ctx, { employers: input.employers ?? demoOfficeDefaults.employers, workers: input.workers ?? demoOfficeDefaults.workers }),
};
