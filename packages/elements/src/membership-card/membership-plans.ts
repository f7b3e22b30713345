import type {Plan, Product} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {benefitsOf, formatPrice} from './membership-format.js';

export interface PlanListOptions {
  /** The member's current plan: marked "Your plan" and never offered. */
  currentPlanId?: string | undefined;
  /** Called with the plan pressed; null when the space does not let members choose (no buttons). */
  onChoose: ((plan: Plan) => void) | null;
  /** A request is under way: the buttons wait. */
  busy?: boolean;
}

/** The plans on offer, each with a "Choose" button, the current one marked "Your plan". */
export function renderPlans(
  locale: string,
  plans: readonly Plan[],
  products: readonly Product[],
  {currentPlanId, onChoose, busy = false}: PlanListOptions,
): TemplateResult {
  if (plans.length === 0) {
    return html`<p class="membership-card__hint">${msg(locale, 'membership.noPlans')}</p>`;
  }
  return html`<ul part="plans" class="membership-card__plans">
    ${plans.map((plan) => {
      const benefits = benefitsOf(locale, plan, products);
      const current = plan.id === currentPlanId;
      return html`<li
        part=${current ? 'plan current-plan' : 'plan'}
        class="membership-card__plan"
        aria-current=${current ? 'true' : nothing}
      >
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
        ${
          current
            ? html`<span part="your-plan" class="badge badge--success membership-card__choose"
                >${msg(locale, 'membership.yourPlan')}</span
              >`
            : onChoose
              ? html`<button
                  part="choose-button"
                  class="button button--primary membership-card__choose"
                  type="button"
                  aria-disabled=${busy ? 'true' : 'false'}
                  @click=${() => !busy && onChoose(plan)}
                >
                  ${msg(locale, 'membership.choose')}<span class="visually-hidden">
                    ${plan.name}</span
                  >
                </button>`
              : nothing
        }
      </li>`;
    })}
  </ul>`;
}
