/**
 * A one-time token an element offers to act on, e.g. an invitation ("Activate my account") or
 * a visitor's cancellation key: the element's attribute, else the page URL's `?<param>=` when
 * the element reads it there; once used or declined, never again (and gone from the URL).
 *
 * @example
 * readonly #invitation = new UrlOffer('invitation');
 * const token = this.#invitation.token(this.invitation, this.invitationFromUrl);
 */
export class UrlOffer {
  readonly #param: string;
  #settled = false;

  constructor(param: string) {
    this.#param = param;
  }

  token(attribute: string | undefined, fromUrl: boolean): string | undefined {
    if (this.#settled) return undefined;
    if (attribute) return attribute;
    if (!fromUrl) return undefined;
    return new URLSearchParams(location.search).get(this.#param) ?? undefined;
  }

  /** Used or declined: drop it from the page URL too when it came from there. */
  settle(fromUrl: boolean): void {
    this.#settled = true;
    if (!fromUrl) return;
    const url = new URL(location.href);
    if (!url.searchParams.has(this.#param)) return;
    url.searchParams.delete(this.#param);
    history.replaceState(history.state, '', url);
  }
}
