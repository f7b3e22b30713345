// The form a host fills in for a visitor: a new one, or a change to an expected one.
import type {Visitor} from '@portico/sdk';
import {endpoints} from '@portico/sdk/visitors';
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {formActions} from '../internal/form-actions.template.js';
import {inputField, textareaField} from '../internal/field.template.js';
import {formFields} from '../internal/form-fields.js';
import {scriptedForm} from '../internal/form.template.js';

const LIMITS = endpoints.registerVisitor.limits;

export type VisitorField = 'name' | 'email' | 'company' | 'day' | 'time' | 'note';

export interface VisitorFormOptions {
  readonly locale: string;
  /** The visitor being changed; undefined for a new one. */
  readonly visitor: Visitor | undefined;
  /** The first day a visit may be on (today in the space's time zone). */
  readonly today: string;
  readonly perDay: number;
  readonly invalid: Partial<Record<VisitorField, string>>;
  readonly saving: boolean;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onClose: () => void;
}

/** The form's values as the API takes them (empty optional fields are null). */
export function visitorInput(form: HTMLFormElement) {
  const {text, optional} = formFields<VisitorField>(form);
  return {
    name: text('name'),
    email: optional('email'),
    company: optional('company'),
    day: text('day'),
    time: text('time'),
    note: optional('note'),
  };
}

export function visitorForm(options: VisitorFormOptions): TemplateResult {
  const {locale, visitor, invalid} = options;
  const field = (
    name: Exclude<VisitorField, 'note'>,
    value: string,
    attributes: {type?: string; max?: number; min?: string; required?: boolean},
  ) => {
    const error = invalid[name];
    return inputField({
      id: `visitor-${name}`,
      label: msg(locale, `visitors.form.${name}`),
      part: `${name}-input`,
      name,
      type: attributes.type,
      maxlength: attributes.max,
      min: attributes.min,
      autocomplete: 'off',
      required: attributes.required,
      value,
      validated: true,
      error: error ? {text: error, className: 'visitors__field-error'} : undefined,
    });
  };
  return scriptedForm(
    {
      part: 'form',
      className: 'visitors__stack visitors__item',
      novalidate: true,
      labelledBy: 'visitor-form-title',
      onSubmit: options.onSubmit,
    },
    html`<h3 id="visitor-form-title" class="visitors__subtitle text">
        ${
          visitor
            ? msg(locale, 'visitors.form.edit', {name: visitor.name})
            : msg(locale, 'visitors.form.new')
        }
      </h3>
      <p class="visitors__hint">${msg(locale, 'visitors.perDay', {count: options.perDay})}</p>
      <div class="visitors__grid">
        ${field('name', visitor?.name ?? '', {max: LIMITS.name, required: true})}
        ${field('company', visitor?.company ?? '', {max: LIMITS.name})}
        ${field('email', visitor?.email ?? '', {type: 'email', max: LIMITS.email})}
        ${field('day', visitor?.day ?? options.today, {type: 'date', min: options.today, required: true})}
        ${field('time', visitor?.time ?? '', {type: 'time', required: true})}
      </div>
      ${textareaField({
        id: 'visitor-note',
        label: msg(locale, 'visitors.form.note'),
        part: 'note-input',
        name: 'note',
        className: 'visitors__note',
        maxlength: LIMITS.note,
        value: visitor?.note ?? '',
      })}
      ${formActions({
        className: 'visitors__actions',
        submit: {
          label: msg(
            locale,
            options.saving
              ? 'visitors.form.saving'
              : visitor
                ? 'visitors.form.update'
                : 'visitors.form.save',
          ),
          part: 'save-button',
          busy: options.saving,
        },
        cancel: {
          label: msg(locale, 'visitors.form.close'),
          part: 'close-button',
          close: options.onClose,
        },
      })}`,
  );
}
