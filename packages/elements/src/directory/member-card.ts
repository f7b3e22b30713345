// One member of the directory: only what they chose to show, and the message form once opened.
import type {DirectoryMember} from '@portico/sdk';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {formActions} from '../internal/form-actions.template.js';
import {markdown} from '../internal/markdown.js';
import {draftField} from '../internal/draft-field.template.js';
import {scriptedForm} from '../internal/form.template.js';

export interface MemberCardView {
  readonly locale: string;
  /** The signed-in member: no "Send a message" to oneself. */
  readonly selfId: string | undefined;
  /** The member whose message form is open. */
  readonly writingTo: string | null;
  readonly draft: string;
  readonly max: number;
  readonly sending: boolean;
  readonly error: string;
  /** The emails members showed on request, by member id. */
  readonly emails: ReadonlyMap<string, string>;
  /** The member whose email is being asked for. */
  readonly revealing: string | null;
  /** Why asking for a member's email failed. */
  readonly emailError: {readonly memberId: string; readonly text: string} | null;
  onSkill(skill: string): void;
  onReveal(member: DirectoryMember): void;
  onWrite(memberId: string | null): void;
  onInput(value: string): void;
  onSend(member: DirectoryMember): void;
}

/** Up to two initials, for a member without a photo (or who hides it). */
function initials(name: string): string {
  const words = name.trim().split(/\s+/u);
  const letters = [words[0], words.length > 1 ? words.at(-1) : undefined]
    .map((word) => (word ? [...word][0] : ''))
    .join('');
  return letters.toLocaleUpperCase();
}

export function memberCard(member: DirectoryMember, view: MemberCardView): TemplateResult {
  const {locale} = view;
  const writing = view.writingTo === member.id;
  const subtitle = [member.role, member.company].filter(Boolean).join(' · ');
  return html`<li part="member" class="directory__member" data-id=${member.id}>
    <div class="directory__identity">
      ${
        member.photoUrl
          ? html`<img class="directory__photo" src=${member.photoUrl} alt="" loading="lazy" />`
          : html`<span class="directory__photo directory__initials" aria-hidden="true"
              >${initials(member.name)}</span
            >`
      }
      <div class="directory__names">
        <h3 class="directory__name" id="name-${member.id}"><bdi>${member.name}</bdi></h3>
        ${subtitle ? html`<p class="directory__subtitle"><bdi>${subtitle}</bdi></p>` : nothing}
      </div>
    </div>
    ${
      member.skills
        ? html`<ul class="directory__skills" aria-label=${msg(locale, 'directory.skill')}>
            ${member.skills.map(
              (skill) =>
                html`<li>
                  <button
                    type="button"
                    class="chip"
                    part="skill"
                    @click=${() => view.onSkill(skill)}
                  >
                    ${skill}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${member.bio ? html`<div class="directory__bio">${markdown(member.bio, {headingLevel: 4})}</div>` : nothing}
    ${
      member.links
        ? html`<ul class="directory__links" aria-label=${msg(locale, 'directory.links')}>
            ${member.links.map(
              (link) =>
                html`<li>
                  <a href=${link.url} rel="noopener noreferrer" target="_blank">${link.label}</a>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${member.id === view.selfId ? nothing : contact(member, view, writing)}
  </li>`;
}

/** The channels the member chose: their email on request, a message through the space. */
function contact(
  member: DirectoryMember,
  view: MemberCardView,
  writing: boolean,
): TemplateResult | typeof nothing {
  if (writing) return messageForm(member, view);
  if (!member.revealsEmail && !member.acceptsMessages) return nothing;
  const {locale} = view;
  const email = view.emails.get(member.id);
  const failed = view.emailError?.memberId === member.id ? view.emailError.text : '';
  return html`<div class="directory__contact">
    ${
      member.acceptsMessages
        ? button(msg(locale, 'directory.message'), {
            class: 'button button--secondary',
            part: 'message-button',
            expanded: false,
            describedBy: `name-${member.id}`,
            onClick: () => view.onWrite(member.id),
          })
        : nothing
    }
    ${
      !member.revealsEmail
        ? nothing
        : email
          ? html`<a class="directory__email" part="email" href="mailto:${email}">${email}</a>`
          : button(msg(locale, 'directory.showEmail'), {
              class: 'button button--secondary',
              part: 'email-button',
              describedBy: `name-${member.id}`,
              busy: view.revealing === member.id,
              disabled: view.revealing === member.id,
              onClick: () => view.onReveal(member),
            })
    }
    ${failed ? html`<p part="error" class="notice notice--error directory__contact-error">${failed}</p>` : nothing}
  </div>`;
}

function messageForm(member: DirectoryMember, view: MemberCardView): TemplateResult {
  const {locale} = view;
  return scriptedForm(
    {
      part: 'message-form',
      className: 'directory__form',
      novalidate: true,
      label: msg(locale, 'directory.messageTo', {name: member.name}),
      onSubmit: () => view.onSend(member),
    },
    html`${draftField({
      label: msg(locale, 'directory.messageLabel'),
      className: 'directory__textarea',
      rows: 4,
      maxlength: view.max,
      value: view.draft,
      hint: {
        id: `message-hint-${member.id}`,
        text: msg(locale, 'directory.messageHint', {name: member.name}),
      },
      onInput: view.onInput,
    })}
    ${view.error ? html`<p part="error" class="notice notice--error">${view.error}</p>` : nothing}
    ${formActions({
      className: 'directory__actions',
      submit: {
        label: msg(locale, view.sending ? 'directory.sending' : 'directory.send'),
        part: 'send-button',
        busy: view.sending,
      },
      cancel: {
        label: msg(locale, 'directory.cancel'),
        part: 'cancel-button',
        close: () => view.onWrite(null),
      },
    })}`,
  );
}
