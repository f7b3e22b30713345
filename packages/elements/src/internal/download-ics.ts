import type {IcsInput} from '@portico/sdk/domain';

/**
 * Saves a booking or an event as an `.ics` file (the SDK's writer, the same as the calendar
 * feed's): the browser downloads it from an object URL, so no HTML or server round trip. The
 * writer loads with the first download, not with the page: most members never ask for one.
 */
export async function downloadIcs(fileName: string, input: IcsInput): Promise<void> {
  const writer = await import('./ics-writer.js').catch((error: unknown) => {
    // Offline since the page loaded: pressing the button again tries again.
    console.error('[Portico] Failed to load the .ics writer:', error);
  });
  if (!writer) return;
  const {bookingIcs} = writer;
  const url = URL.createObjectURL(
    new Blob([bookingIcs(input)], {type: 'text/calendar;charset=utf-8'}),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
