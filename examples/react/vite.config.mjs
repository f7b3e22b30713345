import react from '@vitejs/plugin-react';
import {defineConfig} from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // In this repository the Portico packages are used from their TypeScript sources (the
    // `source` export condition); an app that installs them from npm gets their built files.
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  build: {target: 'es2022'},
});
