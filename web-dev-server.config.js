/**
 * `npm start`: serves the repository so that demo/ can load the built
 * dist/memorial-card.js exactly as a page embedding it would.
 *
 * Port: `PORT` if set (a busy one is an error, in one line), else 8000 or,
 * when 8000 is busy, the next free port, said so.
 */
import process from 'node:process';
import { choosePort } from './scripts/port.js';

const chosen = await choosePort();
if (chosen.error) {
  console.error(`memorial-card demo: ${chosen.error}`);
  process.exit(1);
}
if (chosen.note) console.log(`memorial-card demo: ${chosen.note}`);
const { port } = chosen;

export default {
  rootDir: '.',
  port,
  nodeResolve: false,
  watch: false,
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/' || ctx.path === '/demo') {
        ctx.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-address',
      serverStart() {
        console.log(`\n  memorial-card demo: http://localhost:${port}/demo/\n`);
      },
    },
  ],
};
