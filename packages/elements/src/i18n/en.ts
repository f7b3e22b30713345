/**
 * English, the reference catalog: every other language has exactly these keys (a type
 * error otherwise) and the same `{placeholders}` (a test). A message with counts is an
 * object keyed by `Intl.PluralRules` categories, chosen by its `count` parameter.
 */
export const en = {
  'state.loading': 'Loading…',
  'state.retry': 'Retry',
  'state.signedOut': 'Sign in to see this.',
  'state.signIn': 'Sign in',
  'state.refreshError': 'This could not be brought up to date.',
  'error.generic': 'Something went wrong on our side.',
  'error.rateLimited': 'Too many requests: wait a moment, then retry.',
  'error.signedOut': 'Your session has ended: sign in again.',
  'error.forbidden': 'Your account cannot do this.',
  'error.notFound': 'It no longer exists.',
  'error.invalidResponse': 'The server sent an answer this page does not understand.',
  'error.offline': 'You seem to be offline.',
  'error.unavailable': 'The service is unavailable, please try again shortly.',
  'error.notConfigured': 'This widget is not connected to a Portico API.',
} as const;
