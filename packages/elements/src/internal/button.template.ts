// The buttons every element draws: one button, and the two answers to "are you sure?".
import {html, nothing, type TemplateResult} from 'lit';

/** How a {@link button} looks, what it does, and the states assistive technology hears. */
export interface ButtonOptions {
  /** Its classes: `button button--<variant>` (ui.styles.ts), or the element's own. */
  readonly class: string;
  /** Its part name(s), for the host page's styles and the tests. */
  readonly part?: string;
  /** @default 'button' */
  readonly type?: 'button' | 'submit';
  /**
   * Refused for now (`aria-disabled`): unlike `disabled`, it stays focusable, so keyboard and
   * screen-reader users still find it and hear why. Its `onClick` decides what a press does.
   */
  readonly disabled?: boolean;
  /** The request it started runs (`aria-busy`). */
  readonly busy?: boolean;
  /** It shows and hides the region of id `controls`: whether that is open (`aria-expanded`). */
  readonly expanded?: boolean;
  readonly controls?: string;
  /** A toggle, e.g. the chosen one of a group of choices: whether it is on (`aria-pressed`). */
  readonly pressed?: boolean;
  /** The id of what tells one such button from its neighbours (`aria-describedby`), e.g. a name. */
  readonly describedBy?: string;
  readonly onClick?: (event: MouseEvent) => void;
}

/**
 * A button as every element draws one: `type="button"` unless it submits, and its refused,
 * busy, open and pressed states as ARIA attributes, `"true"` or `"false"` (only the states it has).
 *
 * @example
 * button(msg(locale, saving ? 'profile.saving' : 'profile.save'), {
 *   class: 'button button--primary', part: 'save-button', type: 'submit', disabled: saving,
 * })
 */
export function button(label: unknown, options: ButtonOptions): TemplateResult {
  return html`<button
    part=${options.part ?? nothing}
    class=${options.class}
    type=${options.type ?? 'button'}
    aria-disabled=${options.disabled ?? nothing}
    aria-busy=${options.busy ?? nothing}
    aria-expanded=${options.expanded ?? nothing}
    aria-controls=${options.controls ?? nothing}
    aria-pressed=${options.pressed ?? nothing}
    aria-describedby=${options.describedBy ?? nothing}
    @click=${options.onClick}
  >
    ${label}
  </button>`;
}

/** The answer that does what the question warns about (cancel a booking, reset a link). */
export interface ConfirmAnswer {
  readonly label: string;
  readonly part: string;
  /** It runs: the button is refused (`aria-disabled`) and `run` must ignore a second press. */
  readonly running: boolean;
  readonly run: () => void;
}

/** The safe answer, which closes the question. */
export interface KeepAnswer {
  readonly label: string;
  readonly part?: string;
  readonly keep: () => void;
}

/** The two answers under a warning that asks "are you sure?": do it (danger), or keep. */
export function confirmAnswers(confirm: ConfirmAnswer, keep: KeepAnswer): TemplateResult {
  return html`${button(confirm.label, {
    class: 'button button--danger',
    part: confirm.part,
    disabled: confirm.running,
    onClick: confirm.run,
  })}
  ${button(keep.label, {class: 'button button--ghost', part: keep.part, onClick: keep.keep})}`;
}
