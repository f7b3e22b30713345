import {invariant} from '../../problem.js';
import type {Reader} from '../../state/lookups.js';
import type {BillingSettingsRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/** How `space` invoices: every seeded space has its settings, so a missing row is a setup fault. */
export function billingSettings(reader: Reader, space: SpaceRow): BillingSettingsRow {
  const settings = reader.get<BillingSettingsRow>(TABLES.billingSettings, space.id);
  invariant(settings, 'Failed to bill in space %s: it has no billing settings.', space.id);
  return settings;
}
