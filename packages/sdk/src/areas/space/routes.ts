import {publicRoute} from '../../contract/route.js';
import {Space} from './schemas.js';

export const getSpace = publicRoute({
  method: 'GET',
  path: '/',
  summary: 'The space: name, time zone, currency, locales, hours, terms, policy, branding',
  response: Space,
});
