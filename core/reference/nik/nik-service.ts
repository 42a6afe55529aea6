import type { NikAnalysis } from '../../api/nik.ts';
import { utcOffsetMinutesOf } from '../../api/office-profile.ts';
import type { ServiceContext } from '../../context.ts';
import { officeSettings } from '../../settings/office-profile-service.ts';
import { regionLookup } from '../regions/region-service.ts';
import { analyzeNik } from './analyze-nik.ts';

/** Today's calendar date in the office's zone, as the UTC midnight analyzeNik expects. */
export function officeToday(ctx: ServiceContext): Date {
  const local = new Date(ctx.now().getTime() + utcOffsetMinutesOf[officeSettings(ctx).timeZone] * 60_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export function analyzeNikValue(ctx: ServiceContext, input: { value: string | number; fromNumericCell?: boolean | undefined }): NikAnalysis {
  return analyzeNik(input.value, { lookup: regionLookup(ctx.sqlite), today: officeToday(ctx), fromNumericCell: input.fromNumericCell ?? typeof input.value === 'number' });
}
