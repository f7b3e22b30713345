/// <reference types="vite/client" />
import {createHandlers} from '@portico/mock-server/msw';
import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';

import {html} from 'lit';
import {setupWorker} from 'msw/browser';
import {mswLoader} from 'msw-storybook-addon/csf3';

// Every theme stylesheet, so the toolbar can switch between them.
import.meta.glob('../packages/themes/src/**/*.css', {eager: true});
import './preview.css';

/**
 * The whole mock API (seeded `demo` space) answers every story; a story overrides routes with
 * `parameters.msw.handlers`, which msw-storybook-addon applies on top and resets afterwards.
 * msw 3 calls the unhandled-request option `onUnhandledFrame` (`onUnhandledRequest`, which the
 * addon's default setup passes, is ignored), hence this setup function.
 */
async function startWorker() {
  const worker = setupWorker(...createHandlers());
  await worker.start({
    quiet: true,
    // Relative to iframe.html, so a Storybook published under a sub-path finds it too.
    serviceWorker: {url: './mockServiceWorker.js'},
    onUnhandledFrame({frame, defaults}) {
      const request = (frame.data as {request?: Request}).request;
      if (!request) return defaults.warn();
      const url = new URL(request.url);
      // Storybook's own modules and assets pass; an API call nobody answers is worth a warning.
      if (url.origin === location.origin && !url.pathname.startsWith('/v1/')) return;
      defaults.warn();
    },
  });
  return worker;
}

// Written by `npm run analyze` (the storybook scripts run it first): docs pages and controls
// take each property's description, type and default from the elements' JSDoc. A glob, so a
// type check before the first analyze does not fail on a missing file.
const [manifest] = Object.values(
  import.meta.glob('../packages/elements/custom-elements.json', {eager: true, import: 'default'}),
);
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page per element: its summary, and every attribute, property, event, slot, part
  // and custom property from the manifest.
  tags: ['autodocs'],
  loaders: [mswLoader(startWorker)],
  globalTypes: {
    theme: {
      description: 'Portico theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'contrast', title: 'High contrast'},
          {value: 'auto', title: 'Follow the system'},
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'fr', title: 'Français'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'light', locale: 'en'},
  decorators: [
    (story, {globals}) => {
      const theme = String(globals.theme ?? 'light');
      const locale = String(globals.locale ?? 'en');
      // On the document too, for theme tokens on :root and elements that read the page's lang.
      document.documentElement.dataset.porticoTheme = theme;
      document.documentElement.lang = locale;
      return html`<div class="portico-story" lang=${locale} data-portico-theme=${theme}>
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: {expanded: true},
  },
};

export default preview;
