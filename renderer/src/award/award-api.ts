import type { z } from 'zod';
import type { awardChannels, awardPackageChannels } from '../../../core/api/channels/award.ts';
import type { Result } from '../../../core/api/result.ts';
import { ApiCallError, call } from '../api/client.ts';

// The award channels, typed from their own declarations (core/api/channels/award.ts). The
// package side (award.package, verify, brief, self-assessment export) joins the shared contract
// when its backend is wired; until then this one door types both halves the same way.
// Once both maps are in core/api/contract.ts, `request` from api/client.ts types them as well.

type AwardContract = typeof awardChannels & typeof awardPackageChannels;
export type AwardChannel = keyof AwardContract;
export type AwardInput<C extends AwardChannel> = z.input<AwardContract[C]['input']>;
export type AwardOutput<C extends AwardChannel> = AwardContract[C]['output'];

const untypedCall = call as unknown as (channel: string, input: unknown) => Promise<Result<unknown>>;

/** One award call; a refusal is thrown as ApiCallError (its message says what and how to fix). */
export async function awardRequest<C extends AwardChannel>(channel: C, input: AwardInput<C>): Promise<AwardOutput<C>> {
  const result = await untypedCall(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data as AwardOutput<C>;
}
