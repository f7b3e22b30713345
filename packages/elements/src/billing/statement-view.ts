// The statement: a period, and its file as CSV or PDF.
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {renderNotice} from './billing-format.js';
import type {DownloadsController} from './downloads-controller.js';

export function renderStatement(locale: string, downloads: DownloadsController): TemplateResult {
  const notice = downloads.notice?.about === 'statement' ? downloads.notice : undefined;
  const period = (which: 'from' | 'to') =>
    html`<div class="field">
      <label class="field__label" for=${`statement-${which}`}
        >${msg(locale, which === 'from' ? 'billing.statementFrom' : 'billing.statementTo')}</label
      >
      <input
        part=${`statement-${which}`}
        class="input"
        id=${`statement-${which}`}
        type="date"
        required
        .value=${downloads[which]}
        @change=${(event: Event) => {
          const value = (event.target as HTMLInputElement).value;
          if (which === 'from') downloads.setPeriod(value, downloads.to);
          else downloads.setPeriod(downloads.from, value);
        }}
      />
    </div>`;
  const download = (format: 'csv' | 'pdf') => {
    const busy = downloads.busy === format;
    return button(
      msg(
        locale,
        busy
          ? 'billing.downloading'
          : format === 'csv'
            ? 'billing.statementCsv'
            : 'billing.statementPdf',
      ),
      {
        class: 'button button--secondary',
        part: `statement-${format}-button`,
        disabled: busy,
        busy,
        onClick: () => void downloads.statement(format),
      },
    );
  };
  return html`<section part="statement" class="billing__section" aria-labelledby="statement-title">
    <h3 class="billing__title" id="statement-title">${msg(locale, 'billing.statement')}</h3>
    <p class="billing__hint">${msg(locale, 'billing.statementHint')}</p>
    <div class="billing__period">${period('from')} ${period('to')}</div>
    <div class="billing__actions">${download('csv')} ${download('pdf')}</div>
    ${renderNotice(notice, 'statement-notice')}
  </section>`;
}
