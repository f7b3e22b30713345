// The buttons under a form: its submit button (primary, busy while its request runs) and,
// beside it, the ghost button that closes the form without sending it.
import {html, nothing, type TemplateResult} from 'lit';
import {button} from './button.template.js';

/** A form's submit button: its label, part, and whether its request runs. */
export interface SubmitOptions {
  readonly label: unknown;
  readonly part: string;
  /** Its request runs: busy, and refused (but focusable) so a second press does nothing. */
  readonly busy: boolean;
  /** Refused for another reason (nothing chosen yet). */
  readonly refused?: boolean;
}

export interface FormActions {
  /** The row's classes (e.g. `billing__actions`). */
  readonly className: string;
  readonly submit: SubmitOptions;
  /** "Cancel": its label, part, and what closing the form does. */
  readonly cancel?: {readonly label: unknown; readonly part: string; readonly close: () => void};
}

/** A form's submit button, busy and refused while its request runs. */
export function submitButton({label, part, busy, refused}: SubmitOptions): TemplateResult {
  return button(label, {
    class: 'button button--primary',
    part,
    type: 'submit',
    disabled: busy || refused === true,
    busy,
  });
}

/** The form's submit button and "Cancel", in a row of `className`. */
export function formActions({className, submit, cancel}: FormActions): TemplateResult {
  return html`<div class=${className}>
    ${submitButton(submit)}
    ${
      cancel
        ? button(cancel.label, {
            class: 'button button--ghost',
            part: cancel.part,
            onClick: cancel.close,
          })
        : nothing
    }
  </div>`;
}
