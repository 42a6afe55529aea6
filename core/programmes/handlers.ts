import type { programmeChannels } from '../api/channels/programmes.ts';
import type { HandlersOf } from '../handler-types.ts';
import { listProgrammes, programmePage, programmePeople } from './programme-queries.ts';
import { getProgramme, programmeChoices, saveProgramme } from './programme-service.ts';

export const programmeHandlers: HandlersOf<typeof programmeChannels> = {
  'programmes.list': (ctx) => listProgrammes(ctx),
  'programmes.choices': (ctx) => programmeChoices(ctx),
  'programmes.get': (ctx, input) => getProgramme(ctx, input.uid),
  'programmes.page': (ctx, input) => programmePage(ctx, input.uid),
  'programmes.people': (ctx, input) => programmePeople(ctx, input),
  'programmes.save': (ctx, input) => saveProgramme(ctx, input),
};
