// What every element file of the CDN folder shares besides the provider: the CDN build's
// provider.js re-exports it (rollup.config.mjs), which puts it in the one chunk every element
// file loads. Left to Rollup, each piece lands in a small chunk of its own (one per set of
// files that use it), and each file a page loads costs about 150 bytes of gzip more than its
// code: one widget's page went from 7 files (27.4 KB gzip) to 5 (26.7 KB).
export {PorticoClientElement} from './portico-client-element.js';
export {QueryController} from './query-controller.js';
export {DataStates} from './data-states.js';
export {card} from './card.styles.js';
export {retryNotice} from './retry-notice.js';
export {spaceQuery} from '@portico/sdk/space';
// The community elements' gate: without it here, Rollup put DataStates and its helpers in
// provider.js itself, and one widget's page loaded that entry (cdn smoke test).
export {FeatureGate} from './feature-gate.js';
