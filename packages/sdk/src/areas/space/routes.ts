import {defineRoute} from '../../contract/route.js';
import {Space} from './schemas.js';

export const getSpace = defineRoute({
  method: 'GET',
  path: '/',
  summary: 'The space: name, time zone, currency, locales, hours, terms, policy, branding',
  access: 'public',
  response: Space,
  status: 200,
  errors: [],
});
