import type { NikAnalysis } from '../../api/nik.ts';
import { dayInZone } from '../../api/office-profile.ts';
import type { ServiceContext } from '../../context.ts';
import { officeSettings } from '../../settings/office-profile-service.ts';
import { regionLookup } from '../regions/region-service.ts';
import { analyzeNik } from './analyze-nik.ts';

/** Today's calendar date in the office's zone, 'YYYY-MM-DD'. */
export const officeTodayIso = (ctx: ServiceContext): string => dayInZone(officeSettings(ctx).timeZone, ctx.now());

/** Today's calendar date in the office's zone, as the UTC midnight analyzeNik expects. */
export const officeToday = (ctx: ServiceContext): Date => new Date(`${officeTodayIso(ctx)}T00:00:00Z`);

export function analyzeNikValue(ctx: ServiceContext, input: { value: string | number; fromNumericCell?: boolean | undefined }): NikAnalysis {
  return analyzeNik(input.value, { lookup: regionLookup(ctx.sqlite), today: officeToday(ctx), fromNumericCell: input.fromNumericCell ?? typeof input.value === 'number' });
}
