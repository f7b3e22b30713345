// The two buttons under each of billing's forms (pay, add a method, billing details).
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';

export interface FormActions {
  /** The submit button's label, part, and whether its request runs (busy and refused). */
  readonly submit: {label: string; part: string; busy: boolean; refused?: boolean};
  /** "Cancel": its part, and what closing the form does. */
  readonly cancel: {part: string; close: () => void};
  /** More classes of the row (the details form spans its grid). */
  readonly className?: string;
}

/** The form's submit button (primary, busy while its request runs) and "Cancel" (ghost). */
export function formActions(
  locale: string,
  {submit, cancel, className}: FormActions,
): TemplateResult {
  return html`<div class=${className ? `billing__actions ${className}` : 'billing__actions'}>
    ${button(submit.label, {
      class: 'button button--primary',
      part: submit.part,
      type: 'submit',
      disabled: submit.busy || submit.refused === true,
      busy: submit.busy,
    })}
    ${button(msg(locale, 'billing.cancel'), {
      class: 'button button--ghost',
      part: cancel.part,
      onClick: cancel.close,
    })}
  </div>`;
}
