import type { z } from 'zod';
import type { ChannelMap } from './api/channel.ts';
import type { ServiceContext } from './context.ts';

/** The services of one domain's channels: a handler for each, typed by its channel's input and output. */
export type HandlersOf<M extends ChannelMap> = {
  [C in keyof M]: (ctx: ServiceContext, input: z.output<M[C]['input']>) => M[C]['output'] | Promise<M[C]['output']>;
};
