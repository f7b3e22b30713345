import {html, type TemplateResult} from 'lit';

/**
 * What an action came to, said where it happened (saved, cancelled, could not send): a
 * `notice notice--<tone>` paragraph (ui.styles.ts) of part `part`.
 */
export function notice(part: string, tone: string, text: unknown): TemplateResult {
  return html`<p part=${part} class="notice notice--${tone}">${text}</p>`;
}
