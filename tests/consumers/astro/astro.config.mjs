import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Server output: each request renders the card for its own day.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  telemetry: false,
});
