import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Everything the gateway answers; the dev server forwards it so the portal stays same-origin. The
 * browser's Host is kept (no changeOrigin): the gateway's CSRF check compares Origin with it.
 */
const gateway = process.env.BC_GATEWAY_URL ?? 'http://127.0.0.1:4000';
const proxy = Object.fromEntries(
  ['/graphql', '/auth', '/oauth', '/downloads', '/exports', '/documents'].map((path) => [
    path,
    { target: gateway, changeOrigin: false },
  ]),
);

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  build: { outDir: 'dist', sourcemap: true },
});
