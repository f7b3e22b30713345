/**
 * The member must sign in to go on (an element showed its signed-out state and the member
 * pressed "Sign in", or an action needs a member). A host page shows its login form, or a
 * `<portico-portal>` routes to its sign-in page.
 */
export type PorticoNeedsSignInEvent = CustomEvent<Record<PropertyKey, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-needs-sign-in': PorticoNeedsSignInEvent;
  }
}
