import {html, type TemplateResult} from 'lit';

/**
 * The loading placeholder of a list element (notifications, posts): its title and three
 * items, drawn by the element's `<block>__skeleton-title` and `<block>__skeleton-item`.
 */
export const listSkeleton = (block: string): TemplateResult =>
  html`<span class="skeleton ${block}__skeleton-title"></span>
    ${[1, 2, 3].map(() => html`<span class="skeleton ${block}__skeleton-item"></span>`)}`;
