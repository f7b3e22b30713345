import vue from '@vitejs/plugin-vue';
import {defineConfig} from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <portico-*> tags are custom elements, not Vue components.
        compilerOptions: {isCustomElement: (tag) => tag.startsWith('portico-')},
      },
    }),
  ],
  resolve: {
    // In this repository the Portico packages are used from their TypeScript sources (the
    // `source` export condition); an app that installs them from npm gets their built files.
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  build: {target: 'es2022'},
});
