import { createHash } from 'node:crypto';
import { maxLogoBytes, type OfficeProfileInput } from '../api/office-profile.ts';
import { invalidInput } from '../app-error.ts';
import { msg } from '../messages.ts';

// The logo comes from a file the user picked: check its bytes, not just its claimed type.
const signatures: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export function decodeLogo(logo: NonNullable<OfficeProfileInput['logo']>): Buffer {
  const bytes = Buffer.from(logo.base64, 'base64');
  if (bytes.length === 0 || bytes.length > maxLogoBytes) {
    throw invalidInput(
      msg('logo.size'),
      { issues: [{ path: 'logo', messageKey: 'validation.imageTooLarge' }] },
    );
  }
  const matches = signatures[logo.mimeType];
  if (!matches?.(bytes)) {
    throw invalidInput(
      msg('logo.type'),
      { issues: [{ path: 'logo', messageKey: 'validation.imageType' }] },
    );
  }
  return bytes;
}

/** What the audit log keeps of an image: enough to tell versions apart, not the pixels. */
export const logoFingerprint = (mimeType: string | null, bytes: Buffer | null) =>
  bytes ? { mimeType, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 16) } : null;
