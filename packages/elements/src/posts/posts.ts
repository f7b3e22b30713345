import {PorticoPosts} from './posts.component.js';

export {PorticoPosts};

PorticoPosts.define('portico-posts');

declare global {
  interface HTMLElementTagNameMap {
    'portico-posts': PorticoPosts;
  }
}
