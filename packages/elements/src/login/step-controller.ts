import {isPorticoError, type PorticoError} from '@portico/sdk';
import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg, type PlainMessageKey} from '../i18n/index.js';
import {HostController} from '../internal/host-controller.js';

/** A message in the current locale (so a locale switch re-translates a shown error). */
export type Text = (locale: string) => string;

/** Where focus goes after the next update: a part name. */
export type Focus = 'input' | 'heading' | 'name-input' | 'terms-checkbox';

/** A message key as a {@link Text}. */
export const key =
  (message: PlainMessageKey): Text =>
  (locale) =>
    msg(locale, message);

/** What every step's template gets: the locale, whether a request runs, and the error. */
export interface FormContext {
  locale: string;
  busy: boolean;
  /** The error paragraph (`id="error"`, the fields' description), or nothing. */
  error: TemplateResult | typeof nothing;
  hasError: boolean;
}

export interface StepHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * One step of the form at a time (send the code, verify it, accept the terms, …): busy while
 * its request runs, the error it ended with, what screen readers hear, and where focus goes
 * once the next step or the error shows.
 */
export class StepController extends HostController<
  StepHost,
  Pick<StepController, 'busy' | 'error' | 'announcement' | 'focus'>
> {
  /** A step's request is with the server. */
  busy = false;
  /** Why the last step failed, if it did. */
  error: Text | undefined;
  /** Said by the element's polite live region. */
  announcement = '';
  /** Where focus goes once it is rendered. */
  focus: Focus | undefined;

  readonly #onFailure: (error: PorticoError) => void;

  /** `onFailure` turns an API error into what the member sees (usually `fail()`). */
  constructor(host: StepHost, onFailure: (error: PorticoError) => void) {
    super(host);
    this.#onFailure = onFailure;
  }

  /** What a step's template shows of the current step, in `locale`. */
  context(locale: string): FormContext {
    const {error, busy} = this;
    return {
      locale,
      busy,
      error: error
        ? html`<p part="error" class="login__error" id="error" role="alert">${error(locale)}</p>`
        : nothing,
      hasError: error !== undefined,
    };
  }

  /** Runs one step with the busy state; an API error goes to `onFailure`. */
  async run(step: () => Promise<void>): Promise<void> {
    this.set({busy: true, error: undefined, announcement: ''});
    try {
      await step();
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.#onFailure(error);
    } finally {
      this.set({busy: false});
    }
  }

  /** Shows `error`, and puts focus on `field` (by default where focus was going, or `fallback`). */
  fail(error: Text, field: Focus | undefined, fallback: Focus | undefined): void {
    this.set({error, focus: field ?? this.focus ?? fallback});
  }

  /** A new step or a way back: no error, and focus on `focus`. */
  go(focus: Focus | undefined): void {
    this.set({error: undefined, focus});
  }

  announce(text: string): void {
    this.set({announcement: text});
  }

  /** Moves focus where it was asked to go, once that part is rendered (else after the next update). */
  applyFocus(): void {
    if (!this.focus) return;
    const target = this.host.shadowRoot?.querySelector<HTMLElement>(`[part~="${this.focus}"]`);
    if (!target) return; // not rendered yet (the profile is loading): try after the next update
    this.focus = undefined;
    target.focus();
  }
}
