import type {Plan, Product} from '@portico/sdk';
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {benefitsOf, formatPrice} from './membership-format.js';

/** The plans on offer, each with a "Choose" button; `onChoose` gets the plan pressed. */
export function renderPlans(
  locale: string,
  plans: readonly Plan[],
  products: readonly Product[],
  onChoose: (plan: Plan) => void,
): TemplateResult {
  if (plans.length === 0) {
    return html`<p class="membership-card__hint">${msg(locale, 'membership.noPlans')}</p>`;
  }
  return html`<ul part="plans" class="membership-card__plans">
    ${plans.map((plan) => {
      const benefits = benefitsOf(locale, plan, products);
      return html`<li part="plan" class="membership-card__plan">
        <div class="membership-card__plan-head">
          <span class="membership-card__plan-name">${plan.name}</span>
          <span class="membership-card__plan-price"
            >${formatPrice(locale, plan.price, plan.period)}</span
          >
        </div>
        ${plan.description ? html`<p class="membership-card__hint">${plan.description}</p>` : ''}
        ${
          benefits.length > 0
            ? html`<p class="membership-card__hint">${benefits.join(' · ')}</p>`
            : ''
        }
        <button
          part="choose-button"
          class="button button--primary membership-card__choose"
          type="button"
          @click=${() => onChoose(plan)}
        >
          ${msg(locale, 'membership.choose')}<span class="visually-hidden"> ${plan.name}</span>
        </button>
      </li>`;
    })}
  </ul>`;
}
