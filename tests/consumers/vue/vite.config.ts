import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    vue({
      // <memorial-card> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'memorial-card' } },
    }),
  ],
})
