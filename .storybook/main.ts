import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {StorybookConfig} from '@storybook/web-components-vite';
import {defaultClientConditions, mergeConfig, type Plugin} from 'vite';

const MSW_WORKER = 'mockServiceWorker.js';

/**
 * Serves msw's Service Worker next to iframe.html (dev) and writes it into the build, straight
 * from the installed msw, so the worker always matches the library and nothing is copied into
 * the repo.
 */
function mswWorker(): Plugin {
  const file = createRequire(import.meta.url).resolve(`msw/${MSW_WORKER}`);
  return {
    name: 'portico:msw-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${MSW_WORKER}`) return next();
        response.setHeader('Content-Type', 'application/javascript');
        response.setHeader('Cache-Control', 'no-store');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({type: 'asset', fileName: MSW_WORKER, source: readFileSync(file)});
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/elements/src/**/*.stories.ts'],
  // Docs pages built from the Custom Elements Manifest (see preview.ts).
  addons: ['@storybook/addon-docs'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their TypeScript sources: no build before Storybook.
      // `development` also in the built Storybook: answers are checked against the contract.
      resolve: {
        conditions: [
          'source',
          'development',
          ...defaultClientConditions.filter((c) => c !== 'development|production'),
        ],
      },
      plugins: [mswWorker()],
      // Storybook's preview runtime alone is ~1.3 MB; the warning says nothing about Portico.
      build: {chunkSizeWarningLimit: 2048},
    });
  },
};

export default config;
