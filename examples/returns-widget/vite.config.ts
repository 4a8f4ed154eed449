import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The zhidu packages resolve through their normal exports, i.e. their built dist/ (run the root
// `pnpm build` first). `base: './'` lets dist/ be served from any path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
