import {bookingIcs, type IcsInput} from '@portico/sdk/domain';

/**
 * Saves a booking or an event as an `.ics` file (the SDK's writer, the same as the calendar
 * feed's): the browser downloads it from an object URL, so no HTML or server round trip.
 */
export function downloadIcs(fileName: string, input: IcsInput): void {
  const url = URL.createObjectURL(
    new Blob([bookingIcs(input)], {type: 'text/calendar;charset=utf-8'}),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
