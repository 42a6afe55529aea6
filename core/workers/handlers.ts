import type { workerChannels } from '../api/channels/workers.ts';
import type { HandlersOf } from '../handler-types.ts';
import { startDemoWorkers } from './demo-service.ts';
import { getPerson, savePerson, setPersonStatus } from './person-service.ts';

export const workerHandlers: HandlersOf<typeof workerChannels> = {
  'workers.demo': (ctx, input) => startDemoWorkers(ctx, input.count, input.coverageInputs),
  'workers.get': (ctx, input) => getPerson(ctx, input.uid),
  'workers.save': (ctx, input) => savePerson(ctx, input),
  'workers.setStatus': (ctx, input) => setPersonStatus(ctx, input),
};
