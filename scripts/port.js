// The port `npm start` serves on (web-dev-server.config.js): `PORT` if set
// (a busy one is an error, in one line), else 8000 or the next free one.
import { createServer } from 'node:net';
import process from 'node:process';

/** Whether nothing listens on `port` (any address, as the dev server binds). */
export const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });

/** The port to serve on, or an error message (one line) when none is usable. */
export async function choosePort(env = process.env, tries = 20) {
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `PORT=${env.PORT} is not a port number (1–65535).` };
    return (await isFree(port)) ? { port } : { error: `Port ${port} (PORT) is in use: stop what listens there or choose another, e.g. PORT=${port + 1} npm start.` };
  }
  for (let port = 8000; port < 8000 + tries; port++) {
    if (await isFree(port)) return { port, note: port === 8000 ? undefined : `Port 8000 is in use; serving on ${port} instead (set PORT to choose).` };
  }
  return { error: `Ports 8000–${8000 + tries - 1} are all in use: set PORT to a free one.` };
}

