// The CDN bundle (`dist/portico.js`): one <script type="module"> registers every element,
// with the SDK and Lit inside. The provider comes first so that elements already in the page
// find it as soon as they upgrade.
export * from './index.js';
