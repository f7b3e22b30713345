/**
 * English, the reference catalog: every other language has exactly these keys (a type
 * error otherwise) and the same `{placeholders}` (a test). A message with counts is an
 * object keyed by `Intl.PluralRules` categories, chosen by its `count` parameter.
 */
export const en = {
  'credits.label': {one: 'credit', other: 'credits'},
  'credits.loading': 'Loading your credits…',
  'credits.loggedOut': 'Log in to see your credits.',
  'credits.error': 'Your credits could not be loaded.',
  'credits.refreshError': 'Your credits could not be refreshed.',
  'credits.retry': 'Retry',
  'credits.empty': 'You have no credits left.',
  'credits.expiry': {
    one: '{count} credit expires on {date}',
    other: '{count} credits expire on {date}',
  },
  'credits.buckets': 'Where your credits come from',
  'credits.bucket': {one: '{count} credit', other: '{count} credits'},
  'credits.bucketExpires': 'expires on {date}',
  'credits.bucketNoExpiry': 'does not expire',
  'credits.source.membership': 'Membership',
  'credits.source.purchase': 'Purchased',
  'credits.source.grant': 'Granted',
  'error.offline': 'You seem to be offline.',
  'error.unavailable': 'The service is unavailable, please try again shortly.',
  'error.notConfigured': 'This widget is not connected to a Portico API.',
  'login.email': 'Email',
  'login.code': 'Code from the email',
  'login.sendCode': 'Send me a code',
  'login.verify': 'Log in',
  'login.sending': 'Sending…',
  'login.verifying': 'Logging in…',
  'login.codeSent': 'We sent a 6-digit code to {email}.',
  'login.changeEmail': 'Use another email',
  'login.loggedInAs': 'Logged in as {email}.',
  'login.logout': 'Log out',
  'login.invalidEmail': 'Enter a valid email address.',
  'login.invalidCode': 'The code is wrong, please check it and try again.',
  'login.codeExpired': 'The code has expired. Ask for a new one.',
  'login.tooManyAttempts': 'Too many attempts. Try again later.',
  'login.error': 'Logging in failed, please try again.',
} as const;
