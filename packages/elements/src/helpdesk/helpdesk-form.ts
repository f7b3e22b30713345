// The new-request form of <portico-helpdesk>: category, subject, a Markdown description, a
// photo by link or uploaded, and the guides its words suggest before it is sent.
import type {Guide, HelpCategory} from '@portico/sdk';
import {endpoints} from '@portico/sdk/helpdesk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';

export const LIMITS = endpoints.openHelpRequest.limits;
/** The types a photo may be (the server checks its bytes too). */
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export type RequestField = 'categoryId' | 'subject' | 'description' | 'photoUrl' | 'photos';

export interface RequestFormOptions {
  readonly locale: string;
  readonly categories: readonly HelpCategory[];
  readonly suggestions: readonly Guide[];
  readonly invalid: Partial<Record<RequestField, string>>;
  readonly sending: boolean;
  /** Renders a suggested guide (the guides list's item). */
  readonly guide: (guide: Guide) => TemplateResult;
  readonly onInput: (text: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onCancel: () => void;
}

/** The form's values; the photos are the files picked. */
export function requestInput(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: RequestField) => String(data.get(name) ?? '').trim();
  return {
    categoryId: text('categoryId'),
    subject: text('subject'),
    description: text('description'),
    photoUrl: text('photoUrl') || null,
    photos: (data.getAll('photos') as File[]).filter((file) => file.size > 0),
  };
}

/** A file's bytes as base64, for the upload's JSON body. */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function requestForm(options: RequestFormOptions): TemplateResult {
  const {locale, invalid} = options;
  const error = (name: RequestField) =>
    invalid[name]
      ? html`<p class="helpdesk__field-error" id=${`request-${name}-error`}>${invalid[name]}</p>`
      : nothing;
  const describedBy = (name: RequestField, hint?: string) =>
    invalid[name] ? `request-${name}-error` : (hint ?? nothing);
  const input = (event: Event) => {
    const values = requestInput((event.target as HTMLElement).closest('form') as HTMLFormElement);
    options.onInput(`${values.subject} ${values.description}`);
  };
  return html`<form
    part="form"
    class="helpdesk__stack"
    novalidate
    aria-labelledby="request-form-title"
    @submit=${options.onSubmit}
    @input=${input}
  >
    <h3 id="request-form-title" class="helpdesk__subtitle">
      ${msg(locale, 'helpdesk.form.title')}
    </h3>
    <div class="field">
      <label class="field__label" for="request-category"
        >${msg(locale, 'helpdesk.form.category')}</label
      >
      <select part="category-input" class="input" id="request-category" name="categoryId">
        ${options.categories.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label class="field__label" for="request-subject"
        >${msg(locale, 'helpdesk.form.subject')}</label
      >
      <input
        part="subject-input"
        class="input"
        id="request-subject"
        name="subject"
        maxlength=${LIMITS.subject}
        required
        aria-invalid=${invalid.subject ? 'true' : 'false'}
        aria-describedby=${describedBy('subject')}
      />
      ${error('subject')}
    </div>
    ${
      options.suggestions.length > 0
        ? html`<div part="suggestions" class="helpdesk__suggestions">
            <p class="helpdesk__hint">${msg(locale, 'helpdesk.suggested')}</p>
            <ul class="helpdesk__list">
              ${options.suggestions.map((guide) => options.guide(guide))}
            </ul>
          </div>`
        : nothing
    }
    <div class="field">
      <label class="field__label" for="request-description"
        >${msg(locale, 'helpdesk.form.description')}</label
      >
      <textarea
        part="description-input"
        class="input helpdesk__textarea"
        id="request-description"
        name="description"
        maxlength=${LIMITS.description}
        required
        aria-invalid=${invalid.description ? 'true' : 'false'}
        aria-describedby=${describedBy('description', 'request-markdown-hint')}
      ></textarea>
      <span class="field__hint" id="request-markdown-hint"
        >${msg(locale, 'helpdesk.form.markdownHint')}</span
      >
      ${error('description')}
    </div>
    <div class="field">
      <label class="field__label" for="request-photo-url"
        >${msg(locale, 'helpdesk.form.photoUrl')}</label
      >
      <input
        part="photo-url-input"
        class="input"
        id="request-photo-url"
        name="photoUrl"
        type="url"
        maxlength="2048"
        aria-invalid=${invalid.photoUrl ? 'true' : 'false'}
        aria-describedby=${describedBy('photoUrl')}
      />
      ${error('photoUrl')}
    </div>
    <div class="field">
      <label class="field__label" for="request-photos"
        >${msg(locale, 'helpdesk.form.photos', {size: LIMITS.attachmentBytes / 1024})}</label
      >
      <input
        part="photos-input"
        class="input helpdesk__file"
        id="request-photos"
        name="photos"
        type="file"
        accept=${PHOTO_TYPES.join(',')}
        multiple
        aria-invalid=${invalid.photos ? 'true' : 'false'}
        aria-describedby=${describedBy('photos')}
      />
      ${error('photos')}
    </div>
    <div class="helpdesk__actions">
      ${button(msg(locale, options.sending ? 'helpdesk.form.sending' : 'helpdesk.form.send'), {
        class: 'button button--primary',
        part: 'send-button',
        type: 'submit',
        busy: options.sending,
      })}
      ${button(msg(locale, 'helpdesk.form.cancel'), {
        class: 'button button--ghost',
        part: 'cancel-button',
        onClick: options.onCancel,
      })}
    </div>
  </form>`;
}
