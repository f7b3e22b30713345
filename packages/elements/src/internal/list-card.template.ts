import {html, type TemplateResult} from 'lit';

/**
 * The loading placeholder of a `listCard` element (visitors, parcels, requests): a title
 * and a card, styled by the list card's `.skeleton--title` and `.skeleton--card`.
 */
export const listCardSkeleton = (): TemplateResult =>
  html`<span class="skeleton skeleton--title"></span><span class="skeleton skeleton--card"></span>`;
