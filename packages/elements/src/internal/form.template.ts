// The forms elements draw: sent by script (the page never navigates away), checked by the
// element (`novalidate`: it says what is wrong in the member's language), named for
// assistive technology by their title or a label.
import {html, nothing, type TemplateResult} from 'lit';

export interface FormOptions {
  /** The form's part, for the host page's styles and the tests. */
  readonly part: string;
  readonly className: string;
  /** Leave checking to the element. @default false (the browser checks `required`) */
  readonly novalidate?: boolean;
  /** The id of the form's title. */
  readonly labelledBy?: string;
  /** Its name, when it has no title. */
  readonly label?: string;
  /** Sends it; the browser's own submission is prevented first. */
  readonly onSubmit: (event: SubmitEvent) => void;
  /** Any field changed (e.g. to suggest answers while the member types). */
  readonly onInput?: (event: Event) => void;
}

/** A form around `body`, sent by script. */
export function scriptedForm(o: FormOptions, body: unknown): TemplateResult {
  return html`<form
    part=${o.part}
    class=${o.className}
    ?novalidate=${o.novalidate === true}
    aria-labelledby=${o.labelledBy ?? nothing}
    aria-label=${o.label ?? nothing}
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      o.onSubmit(event);
    }}
    @input=${o.onInput}
  >
    ${body}
  </form>`;
}
