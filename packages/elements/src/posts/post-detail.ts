// An open post: its Markdown body, the replies the member may see, and the reply form.
import type {PostDetail, Reply} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {markdown} from '../internal/markdown.js';
import {draftField} from '../internal/draft-field.template.js';
import {scriptedForm} from '../internal/form.template.js';

export interface PostDetailView {
  readonly locale: string;
  day(instant: string): string;
  readonly draft: string;
  readonly max: number;
  readonly sending: boolean;
  /** The reply being deleted. */
  readonly deleting: string | null;
  readonly error: string;
  onBack(): void;
  onInput(value: string): void;
  onSubmit(): void;
  onDelete(replyId: string): void;
}

export function postDetailTemplate(post: PostDetail, view: PostDetailView): TemplateResult {
  const {locale} = view;
  return html`<article part="post" class="posts__post">
    ${button(html`<span aria-hidden="true">←</span> ${msg(locale, 'posts.back')}`, {
      class: 'button button--ghost posts__back',
      part: 'back-button',
      onClick: () => view.onBack(),
    })}
    <p class="posts__meta">
      ${post.pinned ? html`<span class="badge badge--warning">${msg(locale, 'posts.pinned')}</span>` : nothing}
      <span class="posts__category">${post.category.name}</span>
    </p>
    <h2 class="posts__post-title" tabindex="-1">${post.title}</h2>
    <p class="posts__byline">
      ${msg(locale, 'posts.byline', {author: post.author.name, date: view.day(post.publishedAt)})}
    </p>
    <!-- Under the post's h2: the body's # and ## both become h3. -->
    <div class="posts__body">${markdown(post.body, {headingLevel: 2})}</div>
    <section class="posts__replies" aria-labelledby="replies-title">
      <h3 id="replies-title" class="posts__replies-title">
        ${msg(locale, 'posts.replies')}
        ${post.replies.length > 0 ? html`<span class="posts__count">(${post.replies.length})</span>` : nothing}
      </h3>
      ${
        post.replies.length === 0
          ? html`<p class="posts__empty">
              ${msg(locale, post.repliesAllowed ? 'posts.noReplies' : 'posts.repliesClosed')}
            </p>`
          : html`<ul class="posts__reply-list">
              ${post.replies.map((reply) => replyTemplate(reply, view))}
            </ul>`
      }
      ${view.error ? html`<p part="error" class="notice notice--error">${view.error}</p>` : nothing}
      ${post.repliesAllowed ? replyForm(view) : post.replies.length > 0 ? html`<p class="posts__closed">${msg(locale, 'posts.repliesClosed')}</p>` : nothing}
    </section>
  </article>`;
}

function replyTemplate(reply: Reply, view: PostDetailView): TemplateResult {
  const {locale} = view;
  const deleting = view.deleting === reply.id;
  return html`<li part="reply" class="posts__reply ${reply.hidden ? 'posts__reply--hidden' : ''}">
    <p class="posts__reply-meta">
      <bdi class="posts__reply-author"
        >${reply.mine ? msg(locale, 'posts.you') : reply.author.name}</bdi
      >
      <time datetime=${reply.createdAt}>${view.day(reply.createdAt)}</time>
    </p>
    <p class="posts__reply-body">${reply.body}</p>
    ${reply.hidden ? html`<p class="posts__hidden-note">${msg(locale, 'posts.hiddenReply')}</p>` : nothing}
    ${
      reply.mine
        ? button(msg(locale, deleting ? 'posts.deleting' : 'posts.deleteReply'), {
            class: 'button button--ghost posts__delete',
            part: 'delete-button',
            disabled: view.deleting !== null,
            busy: deleting,
            onClick: () => view.onDelete(reply.id),
          })
        : nothing
    }
  </li>`;
}

function replyForm(view: PostDetailView): TemplateResult {
  const {locale} = view;
  return scriptedForm(
    {
      part: 'reply-form',
      className: 'posts__form',
      novalidate: true,
      onSubmit: () => view.onSubmit(),
    },
    html`${draftField({
      label: msg(locale, 'posts.replyLabel'),
      className: 'posts__textarea',
      rows: 3,
      maxlength: view.max,
      value: view.draft,
      hint: {id: 'reply-hint', text: msg(locale, 'posts.replyHint', {max: view.max})},
      onInput: view.onInput,
    })}
    ${button(msg(locale, view.sending ? 'posts.sending' : 'posts.send'), {
      class: 'button button--primary',
      part: 'reply-button',
      type: 'submit',
      disabled: view.sending,
      busy: view.sending,
    })}`,
  );
}
