// `npm start`'s port: PORT is respected, a busy port is one clear line (no
// stack trace), and without PORT a busy 8000 moves to the next free port.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { after, describe, it } from 'node:test';
import { choosePort } from '../../scripts/port.js';

const root = new URL('../..', import.meta.url).pathname;
const listen = (port) => new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(port, () => resolve(server));
});
const servers = [];
after(() => servers.forEach((s) => s.close()));

describe('npm start: the port', () => {
  it('takes PORT when it is free', async () => {
    const probe = await listen(0);
    const { port } = probe.address();
    await new Promise((r) => probe.close(r));
    assert.deepEqual(await choosePort({ PORT: String(port) }), { port });
  });

  it('refuses a busy PORT in one line, and a PORT that is no number', async () => {
    const busy = await listen(0);
    servers.push(busy);
    const { port } = busy.address();
    assert.match((await choosePort({ PORT: String(port) })).error, new RegExp(`^Port ${port} \\(PORT\\) is in use: .*PORT=${port + 1} npm start\\.$`));
    assert.equal((await choosePort({ PORT: 'eighty' })).error, 'PORT=eighty is not a port number (1–65535).');
  });

  it('without PORT, moves on from a busy port and says so', async () => {
    const first = await choosePort({});
    if (first.port === 8000) servers.push(await listen(8000));
    const next = await choosePort({});
    assert.ok(next.port > 8000, String(next.port));
    assert.equal(next.note, `Port 8000 is in use; serving on ${next.port} instead (set PORT to choose).`);
  });

  it('the dev server started on a busy PORT prints that line and exits 1, without a stack trace', async () => {
    const busy = await listen(0);
    servers.push(busy);
    const { port } = busy.address();
    const run = spawnSync(process.execPath, ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.js'], {
      cwd: root, env: { ...process.env, PORT: String(port) }, encoding: 'utf8', timeout: 30_000,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.equal(run.stderr.trim(), `memorial-card demo: Port ${port} (PORT) is in use: stop what listens there or choose another, e.g. PORT=${port + 1} npm start.`);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
  });
});
