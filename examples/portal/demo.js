// Demo-only helpers for examples/portal. A real space's page needs none of this: it loads
// /portico/portal.js and writes <portico-portal>. Everything here uses public APIs (element properties
// and the provider's client) and writes text with textContent only (the page runs under a
// Content-Security-Policy with Trusted Types).
const provider = document.querySelector('portico-provider');
const portal = document.querySelector('portico-portal');
const $ = (id) => document.getElementById(id);

// ---- language and theme
// Applied before the portal's first render (this script comes before portal.js on the page):
// a visitor who chose French never sees the portal in English while its French text loads.
const locale = $('locale');
const theme = $('theme');
locale.value = localStorage.getItem('portico-demo:locale') ?? 'en';
// `auto` follows the visitor's system setting until they pick a theme.
theme.value = localStorage.getItem('portico-demo:theme') ?? 'auto';
const applySettings = () => {
  provider.locale = locale.value;
  document.documentElement.dataset.porticoTheme = theme.value;
  localStorage.setItem('portico-demo:locale', locale.value);
  localStorage.setItem('portico-demo:theme', theme.value);
};
locale.addEventListener('change', applySettings);
theme.addEventListener('change', applySettings);
applySettings();

await customElements.whenDefined('portico-provider');

const DEMO_EMAIL = 'ada@example.com';
/** The portal's sign-in form, when its sign-in page is shown (public API: the open shadow root). */
const login = () => portal.shadowRoot?.querySelector('portico-login') ?? null;

// The demo suggests the seeded member's email on the sign-in page.
new MutationObserver(() => {
  const form = login();
  if (form && !form.email && !form.dataset.demoEmail) {
    form.dataset.demoEmail = 'set';
    form.email = DEMO_EMAIL;
  }
}).observe(await portalRoot(), {childList: true, subtree: true});

async function portalRoot() {
  await customElements.whenDefined('portico-portal');
  await portal.updateComplete;
  return portal.shadowRoot;
}

// ---- the dev mailbox: the mock server "sends" codes there
$('fetch-code').addEventListener('click', async () => {
  const result = $('code-result');
  const email = (login()?.email ?? '').trim() || DEMO_EMAIL;
  result.textContent = 'Reading the dev mailbox…';
  try {
    const response = await fetch(
      `/v1/spaces/demo/__dev/mailbox?email=${encodeURIComponent(email)}`,
    );
    if (!response.ok) throw new Error(`the mailbox answered ${response.status}`);
    const {messages} = await response.json();
    const code = messages.find((message) => message.code)?.code; // newest first
    if (!code) {
      result.textContent = `No code for ${email || 'this address'} yet: press "Send me a code" first.`;
      return;
    }
    const form = login();
    if (form) form.code = code;
    result.textContent = '';
    const label = document.createElement('span');
    label.textContent = `Latest code for ${email}: `;
    const value = document.createElement('span');
    value.className = 'code';
    value.textContent = code;
    result.append(label, value, document.createTextNode(form ? ' (filled in above).' : '.'));
  } catch (error) {
    result.textContent = `Could not read the dev mailbox: ${error.message}.`;
  }
});

// ---- book a room through the provider's client: the credit balance updates by itself
const iso = (date) => date.toISOString().replace('Z', '+00:00');

$('book').addEventListener('click', async () => {
  const result = $('book-result');
  // The elements' own client, with every API namespace: a booking made through it updates
  // the credit balance on this page at once.
  const client = await provider.getClient();
  if (!client.session.isLoggedIn) {
    result.textContent = 'Log in first.';
    return;
  }
  result.textContent = 'Looking for a free slot…';
  try {
    const {items} = await client.resources.list();
    const rooms = items.filter((resource) => (resource.creditsPerHour ?? 0) > 0);
    const from = new Date();
    const to = new Date(from.getTime() + 14 * 86_400_000);
    const {resources} = await client.resources.getAvailability({
      from: iso(from),
      to: iso(to),
      resourceIds: rooms.map((room) => room.id),
    });
    // Availability lists free time as merged ranges on the slot grid: the next free slot
    // is the first range's start, one slot long.
    const free = resources.find((each) => each.free.length > 0);
    const range = free?.free[0];
    if (!free || !range) {
      result.textContent = 'No free slot in the next two weeks.';
      return;
    }
    const room = rooms.find((each) => each.id === free.resourceId);
    const slot = {
      start: range.start,
      end: iso(new Date(Date.parse(range.start) + room.rules.slotMinutes * 60_000)),
    };
    const {bookings, cost} = await client.bookings.create({
      resourceId: free.resourceId,
      start: slot.start,
      end: slot.end,
    });
    // In the space's time zone, as the calendar shows times (not this browser's).
    const {timeZone} = await client.space.get();
    const when = new Intl.DateTimeFormat(locale.value, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(slot.start));
    result.textContent = `Booked ${bookings[0]?.resourceName ?? 'a room'} on ${when} for ${cost.credits} credit${cost.credits === 1 ? '' : 's'}.`;
  } catch (error) {
    result.textContent = `Booking failed: ${error.title ?? error.message}.`;
  }
});
