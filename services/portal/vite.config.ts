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

/**
 * Libraries go into a few vendor chunks apart from our code: they change less often than the pages, so
 * a browser keeps them cached across releases, and every page chunk shares them instead of copying.
 * Pages are split by route in App.tsx (React.lazy). `pnpm bench:portal` reports the sizes.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
  {
    name: 'apollo',
    test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
    priority: 2,
  },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
  // codegen's client preset keeps every page's typed documents in one module that the shell needs too.
  { name: 'documents', test: /src[\\/]__generated__[\\/]/, priority: 1 },
];

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The manifest (dist/.vite/manifest.json) lets the bench sum the entry and its static imports.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
});
