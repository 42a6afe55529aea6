import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { demoArea, generateEmployers } from './demo-employers.ts';
import { prepareEmployerWrite, writeEmployer } from './employer-service.ts';

/** Fills the register with demo employers of the office's area, in one audited transaction. */
export function loadDemoEmployers(ctx: ServiceContext, count: number): { inserted: number } {
  const area = officeSettings(ctx).areaCode;
  if (!area) throw new AppError('INVALID_INPUT', { id: 'Selesaikan penyiapan kantor dulu.', en: 'Finish the office setup first.' });
  const existing = ctx.sqlite.prepare('SELECT count(*) FROM employer').pluck().get() as number;
  if (existing > 0) {
    throw new AppError('CONFLICT', {
      id: 'Data contoh hanya bisa dimuat ke register yang masih kosong.',
      en: 'Demo data can only be loaded into an empty register.',
    });
  }
  const values = generateEmployers(demoArea(ctx.sqlite, area), count);
  writeAudited(ctx, (scope) => {
    for (const v of values) writeEmployer(ctx, scope, prepareEmployerWrite(ctx, v, null, area), undefined, { action: 'demo' });
  });
  ctx.sqlite.pragma('optimize');
  return { inserted: values.length };
}
