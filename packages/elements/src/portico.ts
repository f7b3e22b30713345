// The CDN bundle's "everything" entry (`dist/cdn/portico.js`): one <script type="module">
// registers every element. The provider comes first so that elements already in the page
// find it as soon as they upgrade.
export * from './index.js';

// The SDK for the host page's own code, without a bundler:
//   import {createPorticoClient} from '…/portico.js';
//   const client = createPorticoClient({baseUrl: '/v1', space: 'demo'});
//   document.querySelector('portico-provider').client = client; // elements share it
// or take the elements' own client: `await provider.getClient()`.
export {createPorticoClient, extendClient, isPorticoError, PorticoError} from '@portico/sdk';
export type {PorticoApiClient, PorticoClient, PorticoClientOptions} from '@portico/sdk';
