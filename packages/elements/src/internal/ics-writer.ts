// The SDK's `.ics` writer on its own, so a page loads it only when a member downloads an .ics
// (download-ics.ts imports this module on the first download).
export {bookingIcs} from '@portico/sdk/domain';
