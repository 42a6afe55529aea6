import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../app-error.ts';
import { msg } from '../../messages.ts';

// The report's font files (resources/fonts, DejaVu Sans, shipped with their licence). The code
// runs from the source tree (CLI, tests), from out/main (the Electron bundle) or from inside the
// packaged app.asar: the folder is found by walking up from this module to the first
// resources/fonts holding the font.

let found: { regular: string; bold: string } | null = null;

export function reportFonts(): { regular: string; bold: string } {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const fonts = join(dir, 'resources', 'fonts');
    if (existsSync(join(fonts, 'DejaVuSans.ttf'))) {
      found = { regular: join(fonts, 'DejaVuSans.ttf'), bold: join(fonts, 'DejaVuSans-Bold.ttf') };
      return found;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new AppError('INTERNAL', msg('personReport.fontMissing'));
}
