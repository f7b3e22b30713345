// One request of <portico-helpdesk>: its thread (Markdown, never HTML), its photos (the
// owner's, as `data:` URLs from the API), and what the member can do next.
import type {Attachment, HelpRequest, RequestMessage} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {formatDateTime, msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {textareaField} from '../internal/field.template.js';
import {markdown} from '../internal/markdown.js';
import {LIMITS} from './helpdesk-form.js';

/** A photo's state in the element: its `data:` URL once fetched. */
export type PhotoSource = (attachment: Attachment) => string | undefined;

export interface ThreadOptions {
  readonly locale: string;
  readonly timeZone: string | undefined;
  readonly request: HelpRequest;
  readonly photo: PhotoSource;
  readonly busy: boolean;
  readonly failure: string | undefined;
  readonly onBack: () => void;
  readonly onReply: (event: SubmitEvent) => void;
  readonly onResolve: () => void;
  readonly onReopen: () => void;
}

const STATUS_TONES = {open: 'info', waiting: 'warning', resolved: 'success', closed: ''} as const;

export function statusBadge(locale: string, status: HelpRequest['status']): TemplateResult {
  const tone = STATUS_TONES[status];
  return html`<span class="badge ${tone ? `badge--${tone}` : ''}"
    >${msg(locale, `helpdesk.status.${status}`)}</span
  >`;
}

function renderMessage(options: ThreadOptions, message: RequestMessage): TemplateResult {
  const {locale} = options;
  const own = message.author === 'member' && options.request.mine;
  return html`<li part="message" class="helpdesk__item helpdesk__message--${message.author}">
    <p class="helpdesk__hint">
      <strong class="text">${own ? msg(locale, 'helpdesk.you') : message.authorName}</strong>
      · ${formatDateTime(locale, message.createdAt, options.timeZone)}
    </p>
    <div class="helpdesk__body">${markdown(message.body, {headingLevel: 4})}</div>
    ${
      message.attachments.length > 0
        ? html`<ul class="helpdesk__list helpdesk__photos">
            ${message.attachments.map((attachment) => {
              const src = options.photo(attachment);
              const label = msg(locale, 'helpdesk.photo', {name: attachment.fileName});
              return html`<li>
                ${
                  src
                    ? html`<img part="photo" class="helpdesk__photo" src=${src} alt=${label} />`
                    : html`<span
                        class="skeleton helpdesk__photo"
                        role="img"
                        aria-label=${label}
                      ></span>`
                }
              </li>`;
            })}
          </ul>`
        : nothing
    }
  </li>`;
}

function renderActions(options: ThreadOptions): TemplateResult {
  const {locale, request} = options;
  if (!request.mine)
    return html`<p class="helpdesk__hint">${msg(locale, 'helpdesk.sharedNote')}</p>`;
  if (request.status === 'closed') {
    return html`<p class="helpdesk__hint">${msg(locale, 'helpdesk.closedNote')}</p>`;
  }
  if (request.status === 'resolved') {
    const open = request.reopenUntil !== null && Date.parse(request.reopenUntil) > Date.now();
    return open
      ? html`<p class="helpdesk__hint">
            ${msg(locale, 'helpdesk.reopenUntil', {
              when: formatDateTime(locale, request.reopenUntil!, options.timeZone),
            })}
          </p>
          <div class="helpdesk__actions">
            ${button(msg(locale, 'helpdesk.reopen'), {
              class: 'button button--secondary',
              part: 'reopen-button',
              busy: options.busy,
              onClick: options.onReopen,
            })}
          </div>`
      : html`<p class="helpdesk__hint">${msg(locale, 'helpdesk.windowPassed')}</p>`;
  }
  return html`<form part="reply-form" class="helpdesk__stack" novalidate @submit=${options.onReply}>
    ${textareaField({
      id: 'reply',
      label: msg(locale, 'helpdesk.reply'),
      part: 'reply-input',
      name: 'body',
      className: 'helpdesk__textarea',
      maxlength: LIMITS.description,
      hint: msg(locale, 'helpdesk.form.markdownHint'),
    })}
    <div class="helpdesk__actions">
      ${button(msg(locale, 'helpdesk.sendReply'), {
        class: 'button button--primary',
        part: 'reply-button',
        type: 'submit',
        busy: options.busy,
      })}
      ${button(msg(locale, 'helpdesk.resolve'), {
        class: 'button button--secondary',
        part: 'resolve-button',
        busy: options.busy,
        onClick: options.onResolve,
      })}
    </div>
  </form>`;
}

export function requestThread(options: ThreadOptions): TemplateResult {
  const {locale, request} = options;
  return html`<article
    part="request"
    class="helpdesk__stack"
    aria-labelledby="request-title"
    data-request=${request.id}
  >
    <div>
      ${button(html`<span aria-hidden="true">←</span> ${msg(locale, 'helpdesk.back')}`, {
        class: 'button button--ghost',
        part: 'back-button',
        onClick: options.onBack,
      })}
    </div>
    <h3 id="request-title" class="helpdesk__subtitle text">${request.subject}</h3>
    <p class="helpdesk__hint">
      ${msg(locale, 'helpdesk.number', {number: String(request.number)})} · ${request.category.name}
      ${statusBadge(locale, request.status)}
    </p>
    ${
      request.photoUrl
        ? html`<p>
            <a
              part="photo-link"
              class="text"
              href=${request.photoUrl}
              rel="noopener noreferrer"
              target="_blank"
              >${msg(locale, 'helpdesk.photoLink')}</a
            >
          </p>`
        : nothing
    }
    <ol class="helpdesk__list">
      ${request.messages.map((message) => renderMessage(options, message))}
    </ol>
    ${
      options.failure
        ? html`<p part="error" class="notice notice--error">${options.failure}</p>`
        : nothing
    }
    ${renderActions(options)}
  </article>`;
}
