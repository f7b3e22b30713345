import type {CheckIn} from '@portico/sdk';

/**
 * The member checked in for today. `alreadyCheckedIn` is true when they had already (checking
 * in twice uses one entry); `remaining` is the entries left in the period.
 */
export type PorticoCheckedInEvent = CustomEvent<{
  checkIn: CheckIn;
  remaining: number;
  alreadyCheckedIn: boolean;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-checked-in': PorticoCheckedInEvent;
  }
}
