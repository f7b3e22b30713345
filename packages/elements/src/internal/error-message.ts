import type {PorticoError} from '@portico/sdk';
import type {PlainMessageKey} from '../i18n/index.js';

/**
 * Why a request failed, in words a member can act on, from the error's stable `code` (never
 * its English `title`). Codes an element handles itself (a wrong login code, a taken slot)
 * get their own messages there; this is the shared fallback.
 */
export function errorReason(error: PorticoError | undefined): PlainMessageKey {
  switch (error?.code) {
    case 'network_error':
      return 'error.offline';
    case 'timeout':
    case 'service_unavailable':
      return 'error.unavailable';
    case 'rate_limited':
      return 'error.rateLimited';
    case 'unauthorized':
      return 'error.signedOut';
    case 'forbidden':
      return 'error.forbidden';
    case 'not_found':
      return 'error.notFound';
    case 'invalid_response':
      return 'error.invalidResponse';
    default:
      return error && error.status >= 500 ? 'error.unavailable' : 'error.generic';
  }
}
