import {isPorticoError} from '@portico/sdk';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {
  msg,
  resolveLocale,
  type MessageArgs,
  type MessageKey,
  type PlainMessageKey,
} from '../i18n/index.js';
import {errorReason} from './error-message.js';

/** Why an action was refused, by the error's `code`: the message the member reads. */
export type Refusals = Readonly<Partial<Record<string, PlainMessageKey>>>;

/** The outcome of a member's last action, said under the element and to screen readers. */
export interface ActionNotice {
  tone: 'success' | 'error';
  text: string;
}

/** What an action controller needs of its element. */
export interface ActionHost extends ReactiveControllerHost {
  readonly resolvedLang: string;
}

/**
 * What the controllers behind an element's actions (joining a plan, registering for an event)
 * share: their state changes re-render the element, their text is in its language, and each
 * outcome is kept as a {@link ActionNotice} and said aloud through `say`.
 */
export abstract class ActionController<H extends ActionHost> implements ReactiveController {
  notice: ActionNotice | undefined;

  constructor(
    protected readonly host: H,
    private readonly say: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  protected get locale(): string {
    return resolveLocale(this.host.resolvedLang);
  }

  protected msg<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return msg(this.locale, key, ...args);
  }

  /**
   * What to say when an action failed: `failed` ("The action failed."), then why: the message
   * `refusals` gives the error's code, else the reason every element gives. What is not a
   * `PorticoError` is a bug, not a refusal: it is thrown again.
   */
  protected failure(error: unknown, failed: PlainMessageKey, refusals: Refusals): string {
    if (!isPorticoError(error)) throw error;
    return `${this.msg(failed)} ${this.msg(refusals[error.code] ?? errorReason(error))}`;
  }

  /** Ends an action: `text` becomes the notice (the element re-renders) and is said aloud. */
  protected tell(tone: ActionNotice['tone'], text: string): void {
    this.notice = {tone, text};
    this.host.requestUpdate();
    this.say(text);
  }
}
