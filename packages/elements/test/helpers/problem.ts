import {HttpResponse} from 'msw';

/**
 * An `application/problem+json` answer (RFC 9457) with the contract's stable `code`, for a
 * test or story that makes the API fail on purpose.
 * @example worker.use(http.post(BOOKINGS, () => problem(409, 'slot_unavailable')))
 */
export const problem = (status: number, code: string, title = code, extra: object = {}) =>
  HttpResponse.json(
    {type: 'about:blank', title, status, code, ...extra},
    {status, headers: {'content-type': 'application/problem+json'}},
  );

/** The API is down for a moment: 503 `service_unavailable`. */
export const unavailable = () => problem(503, 'service_unavailable', 'Service unavailable');
