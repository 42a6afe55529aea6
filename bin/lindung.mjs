#!/usr/bin/env node
// Entry of the `lindung` command. Plain JavaScript so the Node version check runs
// before anything loads better-sqlite3 (which crashes on Node 20 instead of failing).
import '../scripts/check-node.mjs';

await import('../cli/main.ts');
