import type { Command } from 'commander';
import { openHost } from '../host-context.ts';
import { ensureRendererBuilt } from '../serve/renderer-build.ts';
import { startServer } from '../serve/http-host.ts';
import { bothWays } from '../help-text.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(bothWays('cliHelp.serve'))
    .option('--port <port>', bothWays('cliHelp.port'), (v) => Number.parseInt(v, 10))
    .option('--build', bothWays('cliHelp.build'))
    .action(async (options: { port?: number; build?: boolean }) => {
      const { dataDir } = program.opts<{ dataDir?: string }>();
      const rendererDir = await ensureRendererBuilt(options.build ?? false);
      const host = openHost({ dataDir, host: 'serve' });
      const running = await startServer({ router: host.router, runtime: host.runtime, rendererDir, port: options.port });
      console.log(`Lindung ${host.version} — data: ${host.dataDir}`);
      console.log(bothWays('cliHelp.open', { url: running.url }));
      const stop = async () => {
        await running.close();
        host.database.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });
}
