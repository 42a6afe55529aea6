import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

/** Asks `question` on the terminal and reads the answer without echoing it; null without a terminal. */
export async function askHiddenInput(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(question);
    muted = true; // the question is out; what is typed next is not echoed
    return await answer;
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
