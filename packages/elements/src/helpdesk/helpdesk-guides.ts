// The guides part of <portico-helpdesk>: search, category, each guide's Markdown and
// "Did this help?", and the guides a new request's words suggest.
import type {Guide, GuideCategory} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg} from '../i18n/index.js';
import {markdown} from '../internal/markdown.js';
import {button} from '../internal/button.template.js';
import {inputField, selectOptions} from '../internal/field.template.js';

/** Words of four letters or more, lower case, without accents: "Wi-Fi" is "wifi". */
const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);

/** Two words match when one starts the other ("print" and "printer"). */
const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** The guides (three at most) whose title or summary share a word with `text`. */
export function suggestGuides(guides: readonly Guide[], text: string): Guide[] {
  const words = wordsOf(text);
  if (words.length === 0) return [];
  return guides
    .filter((guide) =>
      wordsOf(`${guide.title} ${guide.summary}`).some((word) =>
        words.some((other) => related(word, other)),
      ),
    )
    .slice(0, 3);
}

export interface GuidesOptions {
  readonly locale: string;
  readonly guides: readonly Guide[];
  readonly categories: readonly GuideCategory[];
  readonly search: string;
  readonly category: string;
  /** The guide whose feedback was just sent (thanked). */
  readonly thanked: ReadonlySet<string>;
  readonly onSearch: (text: string) => void;
  readonly onCategory: (id: string) => void;
  readonly onFeedback: (guide: Guide, helpful: boolean) => void;
}

function feedback(options: GuidesOptions, guide: Guide): TemplateResult {
  const {locale} = options;
  const answer = (helpful: boolean) =>
    button(msg(locale, helpful ? 'helpdesk.yes' : 'helpdesk.no'), {
      class: 'button button--secondary button--small',
      part: helpful ? 'helpful-button' : 'not-helpful-button',
      pressed: guide.helpful === helpful,
      onClick: () => options.onFeedback(guide, helpful),
    });
  return html`<div
    class="helpdesk__feedback"
    role="group"
    aria-label=${msg(locale, 'helpdesk.helpful')}
  >
    <span>${msg(locale, 'helpdesk.helpful')}</span> ${answer(true)} ${answer(false)}
    ${
      options.thanked.has(guide.id)
        ? html`<span part="thanks" class="helpdesk__thanks"
            >${msg(locale, 'helpdesk.thanks')}</span
          >`
        : nothing
    }
  </div>`;
}

/** One guide, folded: its title and summary; open, its Markdown and the feedback. */
export function guideItem(options: GuidesOptions, guide: Guide): TemplateResult {
  return html`<li>
    <details part="guide" class="helpdesk__item">
      <summary class="helpdesk__guide-title">
        <span class="text">${guide.title}</span>
        <span class="helpdesk__hint text">${guide.summary}</span>
      </summary>
      <div class="helpdesk__guide-body">${markdown(guide.body, {headingLevel: 4})}</div>
      ${feedback(options, guide)}
    </details>
  </li>`;
}

export function guidesSection(options: GuidesOptions): TemplateResult {
  const {locale, guides, categories} = options;
  return html`<section part="guides" class="helpdesk__stack" aria-labelledby="guides-title">
    <h3 id="guides-title" class="helpdesk__subtitle">${msg(locale, 'helpdesk.guides')}</h3>
    <div class="helpdesk__filters" role="search">
      ${inputField({
        id: 'guide-search',
        label: msg(locale, 'helpdesk.search'),
        part: 'search-input',
        type: 'search',
        maxlength: 200,
        value: options.search,
        onInput: (event) => options.onSearch((event.target as HTMLInputElement).value),
      })}
      <div class="field">
        <label class="field__label" for="guide-category">${msg(locale, 'helpdesk.category')}</label>
        <select
          part="category-select"
          class="input"
          id="guide-category"
          @change=${(event: Event) => options.onCategory((event.target as HTMLSelectElement).value)}
        >
          ${selectOptions(
            [
              ['', msg(locale, 'helpdesk.allCategories')],
              ...categories.map((c) => [c.id, c.name] as const),
            ],
            options.category,
          )}
        </select>
      </div>
    </div>
    <p class="visually-hidden" role="status">
      ${msg(locale, 'helpdesk.guideCount', {count: guides.length})}
    </p>
    ${
      guides.length === 0
        ? html`<p class="helpdesk__hint">${msg(locale, 'helpdesk.noGuides')}</p>`
        : html`<ul class="helpdesk__list">
            ${repeat(
              guides,
              (guide) => guide.id,
              (guide) => guideItem(options, guide),
            )}
          </ul>`
    }
  </section>`;
}
