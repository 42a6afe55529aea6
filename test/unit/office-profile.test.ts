import { describe, expect, it } from 'vitest';
import { makeTestApp, tinyPng, validProfile } from './support/test-db.ts';

describe('office profile', () => {
  it('starts empty, saves, and reads back', async () => {
    const app = makeTestApp();
    const empty = await app.call('settings.officeProfile.get', {});
    expect(empty.ok && empty.data.officeName).toBe('');
    const saved = await app.call('settings.officeProfile.save', { ...validProfile, logo: tinyPng });
    expect(saved.ok).toBe(true);
    const read = await app.call('settings.officeProfile.get', {});
    expect(read.ok && read.data).toMatchObject({ ...validProfile, logo: tinyPng });
    expect(read.ok && read.data.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('validates NIP, e-mail and phone with i18n keys', async () => {
    const app = makeTestApp();
    const result = await app.call('settings.officeProfile.save', { ...validProfile, headNip: '1970', email: 'bukan-email', phone: 'abc' });
    expect(result.ok).toBe(false);
    const issues = !result.ok ? (result.error.details as { issues: { path: string; messageKey: string }[] }).issues : [];
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'headNip', messageKey: 'validation.nip' },
        { path: 'email', messageKey: 'validation.email' },
        { path: 'phone', messageKey: 'validation.phone' },
      ]),
    );
  });

  it('takes the head NIP as printed, with spaces, and stores its 18 digits', async () => {
    const app = makeTestApp();
    const saved = await app.call('settings.officeProfile.save', { ...validProfile, headNip: ' 19700512 199803 1 007 ' });
    expect(saved.ok).toBe(true);
    const read = await app.call('settings.officeProfile.get', {});
    expect(read.ok && read.data.headNip).toBe('197005121998031007');
    // Spaces do not make up for missing digits.
    const short = await app.call('settings.officeProfile.save', { ...validProfile, headNip: '19700512 199803 1 00' });
    expect(!short.ok && (short.error.details as { issues: { path: string }[] }).issues).toEqual([{ path: 'headNip', messageKey: 'validation.nip' }]);
  });

  it('refuses a logo whose bytes are not the image type it claims', async () => {
    const app = makeTestApp();
    const html = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
    const result = await app.call('settings.officeProfile.save', { ...validProfile, logo: { mimeType: 'image/png', base64: html } });
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(app.count('office_profile')).toBe(0);
    expect(app.count('audit_log')).toBe(0);
  });
});
