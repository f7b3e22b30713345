// The labelled form field every element draws (ui.styles.ts `.field`): a label, one `<input>`
// or `<textarea>`, and under it a hint or, once the member sent, what is wrong with it; or,
// for a control with no id (a filter, a search box), a label that wraps it.
import {html, nothing, type TemplateResult} from 'lit';

/** What differs between fields; an unset attribute is left out. */
export interface FieldOptions {
  /** The control's id, which its label points at; its hint and error take `<id>-hint`/`-error`. */
  readonly id: string;
  readonly label: unknown;
  /** The control's part, for the host page's styles and the tests. */
  readonly part: string;
  /** The form data's name. */
  readonly name?: string;
  /** More classes of the control, beside `input`. */
  readonly className?: string;
  /** Its more classes, beside `field`. */
  readonly fieldClass?: string;
  /** An `<input>`'s type. @default 'text' */
  readonly type?: string;
  /** The value shown; unset leaves what the member typed. */
  readonly value?: string;
  readonly maxlength?: number;
  readonly min?: string | number;
  readonly max?: string | number;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  readonly required?: boolean;
  readonly readonly?: boolean;
  /** Under the control, unless there is an error. */
  readonly hint?: unknown;
  /** What is wrong, once the member sent; the class (and part) its text is drawn with. */
  readonly error?: {readonly text: string; readonly className: string; readonly part?: string};
  /** Say `aria-invalid="false"` on a valid control (the forms that check each field do). */
  readonly validated?: boolean;
  /** What else describes the control (e.g. a hint drawn elsewhere), when it has no error. */
  readonly describedBy?: string;
  readonly onInput?: (event: Event) => void;
  readonly onChange?: (event: Event) => void;
  readonly onFocus?: (event: FocusEvent) => void;
}

/** The `aria-describedby` of a field: its error, else its hint, else what the caller says. */
function describedBy(o: FieldOptions): string | typeof nothing {
  if (o.error) return `${o.id}-error`;
  return o.hint ? `${o.id}-hint` : (o.describedBy ?? nothing);
}

function invalid(o: FieldOptions): string | typeof nothing {
  return o.error ? 'true' : o.validated ? 'false' : nothing;
}

function frame(o: FieldOptions, control: TemplateResult): TemplateResult {
  return html`<div class=${o.fieldClass ? `field ${o.fieldClass}` : 'field'}>
    <label class="field__label" for=${o.id}>${o.label}</label>
    ${control}
    ${
      o.error
        ? html`<p part=${o.error.part ?? nothing} class=${o.error.className} id=${`${o.id}-error`}>
            ${o.error.text}
          </p>`
        : o.hint
          ? html`<span class="field__hint" id=${`${o.id}-hint`}>${o.hint}</span>`
          : nothing
    }
  </div>`;
}

/**
 * A field whose label wraps its control, so it needs no id: the label's text over the control
 * (a filter's select, a search box, a draft).
 */
export function wrappedField(
  label: unknown,
  control: TemplateResult,
  className?: string,
): TemplateResult {
  return html`<label class=${className ? `field ${className}` : 'field'}>
    <span class="field__label">${label}</span>
    ${control}
  </label>`;
}

/** A select's options, `[value, text]` each, the one whose value is `selected` chosen. */
export function selectOptions(
  choices: ReadonlyArray<readonly [value: string, text: unknown]>,
  selected: string,
): TemplateResult[] {
  return choices.map(
    ([value, text]) =>
      html`<option value=${value} ?selected=${value === selected}>${text}</option>`,
  );
}

/** What differs between the search boxes over a list (its part is `search`). */
export interface SearchOptions {
  readonly label: unknown;
  /** The field's more classes, beside `field`. */
  readonly className: string;
  readonly value: string;
  readonly maxlength?: number;
  readonly placeholder?: string;
  /** Each key typed: the text searched for now. */
  readonly onSearch: (text: string) => void;
}

/** The search box over a list, its label wrapping it. */
export function searchField(o: SearchOptions): TemplateResult {
  return wrappedField(
    o.label,
    html`<input
      class="input"
      type="search"
      part="search"
      maxlength=${o.maxlength ?? nothing}
      placeholder=${o.placeholder ?? nothing}
      .value=${o.value}
      @input=${(event: Event) => o.onSearch((event.target as HTMLInputElement).value)}
    />`,
    o.className,
  );
}

/** A labelled one-line field. */
export function inputField(o: FieldOptions): TemplateResult {
  return frame(
    o,
    html`<input
      part=${o.part}
      class=${o.className ? `input ${o.className}` : 'input'}
      id=${o.id}
      name=${o.name ?? nothing}
      type=${o.type ?? 'text'}
      maxlength=${o.maxlength ?? nothing}
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete ?? nothing}
      ?required=${o.required === true}
      ?readonly=${o.readonly === true}
      .value=${o.value ?? ''}
      aria-invalid=${invalid(o)}
      aria-describedby=${describedBy(o)}
      @input=${o.onInput}
      @change=${o.onChange}
      @focus=${o.onFocus}
    />`,
  );
}

/** A labelled text area. */
export function textareaField(o: FieldOptions): TemplateResult {
  return frame(
    o,
    html`<textarea
      part=${o.part}
      class=${o.className ? `input ${o.className}` : 'input'}
      id=${o.id}
      name=${o.name ?? nothing}
      maxlength=${o.maxlength ?? nothing}
      ?required=${o.required === true}
      .value=${o.value ?? ''}
      aria-invalid=${invalid(o)}
      aria-describedby=${describedBy(o)}
      @input=${o.onInput}
    ></textarea>`,
  );
}
