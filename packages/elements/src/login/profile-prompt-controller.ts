import {type Profile, type PorticoCore} from '@portico/sdk';
import {updateProfile} from '@portico/sdk/profile';
import type {ReactiveControllerHost} from 'lit';
import {HostController} from '../internal/host-controller.js';
import {formFields} from '../internal/form-fields.js';

/** What a `ProfilePromptController` needs from its element. */
export interface ProfilePromptHost extends ReactiveControllerHost {
  readonly resolvedClient: PorticoCore | undefined;
}

/** The prompt's fields as the member typed them (trimmed; empty optional ones are null). */
export interface ProfileFields {
  readonly name: string;
  readonly phone: string | null;
  readonly company: string | null;
}

/**
 * The onboarding prompt: a member new to the space (their first sign-in) is asked once, after
 * the terms, for their name, phone and company. They save it or skip it; either way it is
 * done, and it is forgotten at sign-out.
 */
export class ProfilePromptController extends HostController<
  ProfilePromptHost,
  Pick<ProfilePromptController, 'pending'>
> {
  /** The prompt is due (a new member signed in here and has not saved or skipped it). */
  pending = false;

  /** A member signed in: the prompt is due when they are new. */
  signedIn(isNew: boolean): void {
    this.pending = isNew;
  }

  /** Saved, skipped, or signed out: the prompt is done. */
  done(): void {
    this.set({pending: false});
  }

  /** The fields of the prompt's form; undefined when the (required) name is empty. */
  fieldsOf(form: HTMLFormElement): ProfileFields | undefined {
    const {text, optional} = formFields(form);
    const name = text('name');
    if (!name) return undefined;
    return {name, phone: optional('phone'), company: optional('company')};
  }

  /** Saves the fields to the member's profile; rejects with the API's error. */
  async save(fields: ProfileFields): Promise<Profile | undefined> {
    const client = this.host.resolvedClient;
    if (!client) return undefined;
    return updateProfile(client, fields);
  }
}
