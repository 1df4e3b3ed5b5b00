import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway CA and a server certificate for 127.0.0.1, made with openssl; null when it is missing. */
export function makeTestCertificates(): { dir: string; ca: string; cert: string; key: string; dispose(): void } | null {
  if (spawnSync('openssl', ['version'], { stdio: 'ignore' }).status !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'claimwatch-certs-'));
  const f = (name: string) => path.join(dir, name);
  writeFileSync(f('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  const steps = [
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=claimwatch-test-ca'],
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('redis.key'), '-out', f('redis.csr'), '-subj', '/CN=127.0.0.1'],
    ['x509', '-req', '-in', f('redis.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('redis.pem'), '-days', '2', '-extfile', f('ext.cnf')],
  ];
  for (const args of steps) {
    const r = spawnSync('openssl', args, { encoding: 'utf8' });
    if (r.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
    }
  }
  return { dir, ca: f('ca.pem'), cert: f('redis.pem'), key: f('redis.key'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
