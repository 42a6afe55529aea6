import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const rendererDir = process.env.LINDUNG_RENDERER_OUT ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));
const configFile = fileURLToPath(new URL('../../vite.renderer.config.ts', import.meta.url));

/** Builds the renderer when it has never been built (or when asked), so `lindung serve` just works. */
export async function ensureRendererBuilt(force: boolean): Promise<string> {
  if (!force && existsSync(`${rendererDir}/index.html`)) return rendererDir;
  console.log('Membangun antarmuka (sekali saja)… / Building the UI (once)…');
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
  return rendererDir;
}
