// One choice of a group of radio buttons (how to pay, who sees the profile): the label wraps
// its button, so a press anywhere on the text chooses it.
import {html, nothing, type TemplateResult} from 'lit';

/** What differs between choices; an unset attribute is left out. */
export interface RadioOptions {
  /** The label's class, the element's own (a flex row: its button, then the text). */
  readonly className: string;
  /** The group's name (the form data's). */
  readonly name: string;
  /** The button's part, for the host page's styles and the tests. */
  readonly part: string;
  readonly value: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  /** The id of what says more about it (e.g. why it is disabled). */
  readonly describedBy?: string;
  readonly onChange?: () => void;
}

/** A labelled radio button. */
export function radio(label: unknown, o: RadioOptions): TemplateResult {
  return html`<label class=${o.className}>
    <input
      type="radio"
      name=${o.name}
      part=${o.part}
      value=${o.value}
      .checked=${o.checked}
      ?disabled=${o.disabled === true}
      aria-describedby=${o.describedBy ?? nothing}
      @change=${o.onChange}
    />
    ${label}
  </label>`;
}
