// The saved payment methods: each with its default badge and actions, and the add form.
import type {PaymentMethod} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button, confirmAnswers} from '../internal/button.template.js';
import {methodLabel, renderNotice} from './billing-format.js';
import {formActions} from '../internal/form-actions.template.js';
import type {MethodsController} from './methods-controller.js';
import {TEST_TOKENS, testCardSelect} from './test-cards.js';

export interface MethodsViewOptions {
  readonly locale: string;
  readonly methods: readonly PaymentMethod[];
  readonly controller: MethodsController;
  /** The space takes test cards (the add form offers them). */
  readonly testMode: boolean;
  /** The page's provider form makes a token (outside test mode); without it, nothing to add with. */
  readonly createToken: (() => Promise<string>) | undefined;
}

export function renderMethods(options: MethodsViewOptions): TemplateResult {
  const {locale, methods, controller} = options;
  const canAdd = options.testMode || options.createToken !== undefined;
  return html`<section part="methods" class="billing__section" aria-labelledby="methods-title">
    <div class="billing__section-head">
      <h3 class="billing__title" id="methods-title">${msg(locale, 'billing.methods')}</h3>
      ${
        canAdd && !controller.adding
          ? button(msg(locale, 'billing.addMethod'), {
              class: 'button button--secondary',
              part: 'add-method-button',
              onClick: () => controller.openAdd(),
            })
          : nothing
      }
    </div>
    ${
      methods.length === 0
        ? html`<p part="no-methods" class="billing__hint">${msg(locale, 'billing.noMethods')}</p>`
        : html`<ul class="billing__list" aria-labelledby="methods-title">
            ${methods.map((method) => renderMethod(options, method))}
          </ul>`
    }
    ${renderNotice(controller.notice, 'methods-notice')}
    ${controller.adding ? renderAddForm(options) : nothing}
  </section>`;
}

function renderMethod({locale, controller}: MethodsViewOptions, method: PaymentMethod) {
  const label = methodLabel(locale, method);
  const busy = controller.busy === method.id;
  const expiry =
    method.expMonth !== null && method.expYear !== null
      ? msg(locale, 'billing.expires', {
          month: String(method.expMonth).padStart(2, '0'),
          year: String(method.expYear),
        })
      : '';
  return html`<li class="billing__row" part="method" data-method=${method.id}>
    <span class="billing__row-main">
      <span class="billing__strong">${label}</span>
      ${expiry ? html`<span class="billing__muted">${expiry}</span>` : nothing}
    </span>
    <span class="billing__row-end">
      ${
        method.isDefault
          ? html`<span class="badge badge--info" part="default-badge"
              >${msg(locale, 'billing.default')}</span
            >`
          : button(msg(locale, 'billing.makeDefault'), {
              class: 'button button--ghost billing__row-action',
              part: 'make-default-button',
              disabled: busy,
              busy,
              onClick: () => void controller.setDefault(method),
            })
      }
      ${
        controller.removing === method.id
          ? nothing
          : html`<button
              part="remove-button"
              class="button button--ghost billing__row-action"
              type="button"
              aria-label=${`${msg(locale, 'billing.remove')} · ${label}`}
              @click=${() => controller.askRemove(method)}
            >
              ${msg(locale, 'billing.remove')}
            </button>`
      }
    </span>
    ${
      controller.removing === method.id
        ? html`<div
            part="remove-question"
            class="notice notice--warning billing__question"
            role="group"
          >
            <p class="billing__question-text">
              ${msg(locale, 'billing.removeQuestion', {method: label})}
            </p>
            <div class="billing__actions">
              ${confirmAnswers(
                {
                  label: msg(locale, 'billing.remove'),
                  part: 'confirm-remove-button',
                  running: busy,
                  run: () => void controller.remove(method),
                },
                {
                  label: msg(locale, 'billing.keep'),
                  part: 'keep-button',
                  keep: () => controller.keep(),
                },
              )}
            </div>
          </div>`
        : nothing
    }
  </li>`;
}

function renderAddForm({locale, controller, testMode, createToken}: MethodsViewOptions) {
  const busy = controller.busy === 'add';
  return html`<form
    part="add-method-form"
    class="billing__panel"
    aria-label=${msg(locale, 'billing.addMethod')}
    @submit=${async (event: Event) => {
      event.preventDefault();
      if (busy) return;
      if (testMode) await controller.add();
      else if (createToken) await controller.add(await createToken());
    }}
  >
    ${
      testMode
        ? testCardSelect(locale, controller.token, TEST_TOKENS, (token) => {
            controller.token = token;
          })
        : nothing
    }
    <label class="billing__choice">
      <input
        type="checkbox"
        part="make-it-default"
        .checked=${controller.makeDefault}
        @change=${(event: Event) => {
          controller.makeDefault = (event.target as HTMLInputElement).checked;
        }}
      />
      <span>${msg(locale, 'billing.makeItDefault')}</span>
    </label>
    ${formActions({
      className: 'billing__actions',
      submit: {
        label: msg(locale, busy ? 'billing.adding' : 'billing.add'),
        part: 'add-button',
        busy,
      },
      cancel: {
        label: msg(locale, 'billing.cancel'),
        part: 'add-cancel-button',
        close: () => controller.closeAdd(),
      },
    })}
  </form>`;
}
