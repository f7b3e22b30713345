import type {PorticoClient} from '@portico/sdk';

/**
 * Books the first free slot of a resource paid in credits, through `client` (so its store is
 * told), and returns the credits it cost.
 */
export async function bookFirstFreeSlot(client: PorticoClient): Promise<number> {
  const {items} = await client.resources.list();
  const resource = items.find((each) => (each.creditsPerHour ?? 0) > 0);
  if (!resource) throw new Error('The seeded space has no resource paid in credits');
  const from = new Date();
  const to = new Date(from.getTime() + 14 * 86_400_000);
  const availability = await client.resources.getAvailability({
    from: iso(from),
    to: iso(to),
    resourceIds: [resource.id],
  });
  // The first slot of the first free range (ranges start on the slot grid).
  const free = availability.resources[0]?.free[0];
  if (!free) throw new Error(`No free slot for ${resource.id} in the next two weeks`);
  const start = Date.parse(free.start);
  const created = await client.bookings.create({
    resourceId: resource.id,
    start: free.start,
    end: iso(new Date(start + resource.rules.slotMinutes * 60_000)),
  });
  return created.cost.credits;
}

/** An instant as the contract wants it: ISO-8601 with an explicit offset. */
function iso(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}
