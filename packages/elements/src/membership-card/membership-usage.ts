// How much of the current membership is used: unlimited, entries used, or days elapsed.
import type {Membership} from '@portico/sdk';
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {progressBar} from '../internal/progress-bar.template.js';

export function renderUsage(locale: string, membership: Membership): TemplateResult {
  const {usage} = membership;
  if (usage.kind === 'unlimited') {
    return html`<p part="usage" class="membership-card__usage">
      ${msg(locale, 'membership.unlimited')}
    </p>`;
  }
  const [value, max, text] =
    usage.kind === 'entries'
      ? [
          usage.used,
          usage.total,
          msg(locale, 'membership.usageEntries', {count: usage.used, total: usage.total}),
        ]
      : [
          usage.daysElapsed,
          usage.daysTotal,
          msg(locale, 'membership.usageTime', {
            elapsed: usage.daysElapsed,
            total: usage.daysTotal,
          }),
        ];
  return html`<div part="usage" class="membership-card__usage">
    <div class="membership-card__usage-line">
      <span id="usage-label">${msg(locale, 'membership.usage')}</span>
      <span aria-hidden="true">${text}</span>
    </div>
    ${progressBar({value, max, valueText: text, labelledBy: 'usage-label'})}
  </div>`;
}
