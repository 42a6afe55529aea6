// Stops early, with a clear message, when Node is older than the engines field:
// better-sqlite3 13 crashes on Node 20 instead of failing politely.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [needMajor, needMinor] = pkg.engines.node.replace('>=', '').split('.').map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    `Lindung butuh Node ${pkg.engines.node}; yang terpasang ${process.versions.node}.\n` +
      `Lindung needs Node ${pkg.engines.node}; this is ${process.versions.node}.\n` +
      'Fix: export PATH="$(scripts/bootstrap-node.sh):$PATH"  (see DEVELOPERS.md)',
  );
  process.exit(1);
}
