// A text area the member writes a message in (to a member, a reply, a booking's note), its
// label wrapping it: the element keeps the draft, and `live` puts the box back in step when
// the draft is reset (sent, or another one opened).
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {wrappedField} from './field.template.js';

/** What differs between drafts; an unset attribute is left out. */
export interface DraftFieldOptions {
  readonly label: unknown;
  /** More classes of the text area, beside `input`. */
  readonly className?: string;
  /** The text area's part, for the host page's styles and the tests. */
  readonly part?: string;
  readonly rows: number;
  readonly maxlength: number;
  /** The draft. */
  readonly value: string;
  /** Under the text area, and what describes it (the id is the caller's: one per form). */
  readonly hint?: {readonly id: string; readonly text: unknown};
  readonly onInput: (value: string) => void;
}

/** A labelled text area holding the member's draft. */
export function draftField(o: DraftFieldOptions): TemplateResult {
  return wrappedField(
    o.label,
    html`<textarea
        class=${o.className ? `input ${o.className}` : 'input'}
        part=${o.part ?? nothing}
        rows=${o.rows}
        maxlength=${o.maxlength}
        aria-describedby=${o.hint?.id ?? nothing}
        .value=${live(o.value)}
        @input=${(event: Event) => o.onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${o.hint ? html`<span id=${o.hint.id} class="field__hint">${o.hint.text}</span>` : nothing}`,
  );
}
