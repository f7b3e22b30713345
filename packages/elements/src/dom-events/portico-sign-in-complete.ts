import type {Profile} from '@portico/sdk';

/**
 * The member who just signed in is through every sign-in step: the current terms accepted
 * and, for a new member, the profile prompt saved or skipped. Where a page goes on from its
 * sign-in form (the portal leaves its sign-in page here).
 */
export type PorticoSignInCompleteEvent = CustomEvent<{member: Profile}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-sign-in-complete': PorticoSignInCompleteEvent;
  }
}
