// The pieces of the terms step that sign-in, the booking panel and checkout show alike.
import type {Space} from '@portico/sdk';
import {isHttpsUrl} from '@portico/sdk/domain';
import {html, nothing, type TemplateResult} from 'lit';
import {button} from './button.template.js';
import type {TermsController} from './terms-controller.js';

/**
 * The link to the space's terms of use, opened in a new tab; only for an http(s) URL (the
 * URL is the operator's text: a `javascript:` one is never a link).
 */
export function termsLink(
  space: Pick<Space, 'terms'> | undefined,
  text: string,
  options: {part?: 'terms-link'; className?: string} = {},
): TemplateResult | typeof nothing {
  const url = space?.terms.url;
  if (!isHttpsUrl(url)) return nothing;
  return html`<a
    part=${options.part ?? nothing}
    class=${options.className ?? nothing}
    href=${url}
    target="_blank"
    rel="noopener noreferrer"
    >${text}</a
  >`;
}

/** The button that accepts the terms (and goes on with what needed them): busy while it runs. */
export function acceptTermsButton(
  terms: TermsController,
  label: string,
  onAccept: () => void,
): TemplateResult {
  return button(label, {
    class: 'button button--primary',
    part: 'accept-terms-button',
    busy: terms.busy,
    onClick: onAccept,
  });
}
