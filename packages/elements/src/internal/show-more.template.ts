// "More" under a list that grows a page at a time (members, posts, notifications): the list
// asks for `limit` more items each time, in one request, up to the largest page there is.
import type {TemplateResult} from 'lit';
import {button} from './button.template.js';

/** The most items one page holds (the contract's `PAGE_LIMIT`): "More" stops growing there. */
export const MAX_SHOWN = 100;

/** How many items the list asks for after "More": `limit` more than it shows, at most 100. */
export function moreShown(shown: number, limit: number): number {
  return Math.min(MAX_SHOWN, (shown || limit) + limit);
}

/** The ghost "More" button under the list (part `more-button`). */
export function moreButton(label: unknown, onMore: () => void): TemplateResult {
  return button(label, {class: 'button button--ghost', part: 'more-button', onClick: onMore});
}
