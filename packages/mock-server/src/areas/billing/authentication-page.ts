/**
 * The mock bank's strong-authentication page (3-D Secure), where `nextAction.url` points in
 * development: the amount, and two plain forms, Approve and Fail, which post the choice to the
 * same address (`?approve=true|false`). No script and no inline style: every answer of the
 * server carries a CSP that runs nothing.
 */
import {formatMoney} from '@portico/sdk/domain';
import type {PaymentAttemptRow, SpaceRow} from '../../state/rows.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function authenticationPage(space: SpaceRow, attempt: PaymentAttemptRow): string {
  const amount = escapeHtml(formatMoney(attempt.amount, space.defaultLocale));
  const choice = (approve: boolean, label: string) =>
    `<form method="post" action="?approve=${approve}"><button type="submit">${label}</button></form>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Confirm your payment</title>
</head>
<body>
<h1>Confirm your payment</h1>
<p>Test bank: approve or fail the payment of <strong>${amount}</strong> to ${escapeHtml(space.name)}.
Then go back to the portal, which confirms the payment.</p>
${choice(true, 'Approve')}
${choice(false, 'Fail')}
</body>
</html>
`;
}
