/**
 * `npm start`: serves the repository so that demo/ can load the built
 * dist/memorial-card.js exactly as a page embedding it would.
 */
const port = Number(process.env.PORT ?? 8000);

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
