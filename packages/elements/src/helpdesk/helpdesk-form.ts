// The new-request form of <portico-helpdesk>: category, subject, a Markdown description, a
// photo by link or uploaded, and the guides its words suggest before it is sent.
import type {Guide, HelpCategory} from '@portico/sdk';
import {MAX_URL_LENGTH} from '@portico/sdk/domain';
import {endpoints} from '@portico/sdk/helpdesk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {formActions} from '../internal/form-actions.template.js';
import {formFields} from '../internal/form-fields.js';
import {scriptedForm} from '../internal/form.template.js';

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
  const {data, text, optional} = formFields<RequestField>(form);
  return {
    categoryId: text('categoryId'),
    subject: text('subject'),
    description: text('description'),
    photoUrl: optional('photoUrl'),
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

/** Each field's id and part stem: `request-<stem>` and `<stem>-input`. */
const STEMS: Record<RequestField, string> = {
  categoryId: 'category',
  subject: 'subject',
  description: 'description',
  photoUrl: 'photo-url',
  photos: 'photos',
};

/** The part of a field's control, e.g. `photo-url-input`. */
export const fieldPart = (name: RequestField) => `${STEMS[name]}-input`;

/** What differs between the form's `<input>`s. */
interface InputAttributes {
  readonly type?: 'url' | 'file';
  readonly maxlength?: number;
  readonly required?: boolean;
  /** The file types a file field takes; such a field takes several files. */
  readonly accept?: string;
  readonly className?: string;
}

export function requestForm(options: RequestFormOptions): TemplateResult {
  const {locale, invalid} = options;
  const describedBy = (name: RequestField, hint?: string) =>
    invalid[name] ? `request-${name}-error` : (hint ?? nothing);
  /** A labelled field: its control, an optional hint, and its error once the member sent. */
  const field = (
    name: RequestField,
    label: string,
    control: TemplateResult,
    hint: TemplateResult | typeof nothing = nothing,
  ) =>
    html`<div class="field">
      <label class="field__label" for=${`request-${STEMS[name]}`}>${label}</label>
      ${control} ${hint}
      ${
        invalid[name]
          ? html`<p class="helpdesk__field-error" id=${`request-${name}-error`}>
              ${invalid[name]}
            </p>`
          : nothing
      }
    </div>`;
  const input = (name: RequestField, label: string, attributes: InputAttributes) =>
    field(
      name,
      label,
      html`<input
        part=${fieldPart(name)}
        class=${attributes.className ? `input ${attributes.className}` : 'input'}
        id=${`request-${STEMS[name]}`}
        name=${name}
        type=${attributes.type ?? nothing}
        maxlength=${attributes.maxlength ?? nothing}
        accept=${attributes.accept ?? nothing}
        ?multiple=${attributes.accept !== undefined}
        ?required=${attributes.required === true}
        aria-invalid=${invalid[name] ? 'true' : 'false'}
        aria-describedby=${describedBy(name)}
      />`,
    );
  const suggest = (event: Event) => {
    const values = requestInput((event.target as HTMLElement).closest('form') as HTMLFormElement);
    options.onInput(`${values.subject} ${values.description}`);
  };
  return scriptedForm(
    {
      part: 'form',
      className: 'helpdesk__stack',
      novalidate: true,
      labelledBy: 'request-form-title',
      onSubmit: options.onSubmit,
      onInput: suggest,
    },
    html`<h3 id="request-form-title" class="helpdesk__subtitle">
        ${msg(locale, 'helpdesk.form.title')}
      </h3>
      ${field(
        'categoryId',
        msg(locale, 'helpdesk.form.category'),
        html`<select part="category-input" class="input" id="request-category" name="categoryId">
          ${options.categories.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
        </select>`,
      )}
      ${input('subject', msg(locale, 'helpdesk.form.subject'), {
        maxlength: LIMITS.subject,
        required: true,
      })}
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
      ${field(
        'description',
        msg(locale, 'helpdesk.form.description'),
        html`<textarea
          part="description-input"
          class="input helpdesk__textarea"
          id="request-description"
          name="description"
          maxlength=${LIMITS.description}
          required
          aria-invalid=${invalid.description ? 'true' : 'false'}
          aria-describedby=${describedBy('description', 'request-markdown-hint')}
        ></textarea>`,
        html`<span class="field__hint" id="request-markdown-hint"
          >${msg(locale, 'helpdesk.form.markdownHint')}</span
        >`,
      )}
      ${input('photoUrl', msg(locale, 'helpdesk.form.photoUrl'), {
        type: 'url',
        maxlength: MAX_URL_LENGTH,
      })}
      ${input(
        'photos',
        msg(locale, 'helpdesk.form.photos', {size: LIMITS.attachmentBytes / 1024}),
        {
          type: 'file',
          accept: PHOTO_TYPES.join(','),
          className: 'helpdesk__file',
        },
      )}
      ${formActions({
        className: 'helpdesk__actions',
        submit: {
          label: msg(locale, options.sending ? 'helpdesk.form.sending' : 'helpdesk.form.send'),
          part: 'send-button',
          busy: options.sending,
        },
        cancel: {
          label: msg(locale, 'helpdesk.form.cancel'),
          part: 'cancel-button',
          close: options.onCancel,
        },
      })}`,
  );
}
