// What the member's plan includes (credits, entries, products), under the usage.
import type {Membership, Plan, Product} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {benefitsOf} from './membership-format.js';

/** `plans` and `products` as their queries hold them (undefined while they load). */
export function renderBenefits(
  locale: string,
  membership: Membership,
  plans: {items: readonly Plan[]} | undefined,
  products: {items: readonly Product[]} | undefined,
): TemplateResult | typeof nothing {
  const plan = plans?.items.find((each) => each.id === membership.plan.id);
  const benefits = plan ? benefitsOf(locale, plan, products?.items ?? []) : [];
  if (benefits.length === 0) return nothing;
  return html`<section class="membership-card__section" aria-labelledby="benefits">
    <h3 class="membership-card__subtitle" id="benefits">${msg(locale, 'membership.benefits')}</h3>
    <ul part="benefits" class="membership-card__benefits">
      ${benefits.map((benefit) => html`<li>${benefit}</li>`)}
    </ul>
  </section>`;
}
