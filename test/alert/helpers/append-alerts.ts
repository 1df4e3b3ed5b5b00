// Child process for the concurrency tests: waits for "go" on stdin, then appends `count` alerts.
// Usage: node --import tsx append-alerts.ts <file> <writer> <count> <rotateSize|none> <evidenceBytes>
import { createInterface } from 'node:readline';
import { createAlertLog } from '../../../src/alert/alert-log.ts';

const [file, writer, count, rotateSize, evidenceBytes] = process.argv.slice(2) as [string, string, string, string, string];
const log = createAlertLog({
  file,
  stdout: process.env.ECHO === '1',
  rotate: rotateSize === 'none' ? false : { size: rotateSize, keep: 1000 },
});
const evidence = `${writer} `.repeat(Math.ceil(Number(evidenceBytes) / (writer.length + 1))).slice(0, Number(evidenceBytes));

process.stderr.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'go') break;
}
// As jobs do: each line is followed by sync(); awaited only now and then, so fsyncs run on the thread pool
// while further lines (and rotations, here and in the other processes) go on.
const syncs: Promise<void>[] = [];
for (let i = 0; i < Number(count); i++) {
  if (i % 8 === 7) await Promise.all(syncs.splice(0));
  log.write(
    {
      alert: 'contradiction',
      id: `${writer}-${i}`,
      url: `https://example.org/${writer}/${i}`,
      title: `alert ${i} of ${writer}`,
      source: writer,
      claim: '1100-troops-30-miles',
      evidence,
      reason: 'count 15,000 vs claimed about 1,100',
      confidence: 0.9,
    },
    'contradiction',
  );
  syncs.push(log.sync());
}
await Promise.all(syncs);
await log.close();
process.stderr.write('done\n');
