import {AcceptTermsRequest, Member, ProfilePatch} from '../member.js';
import {defineRoute} from '../route.js';

export const getMe = defineRoute({
  method: 'GET',
  path: '/me',
  summary: "The member's profile",
  access: 'member',
  response: Member,
  status: 200,
  errors: [],
});

export const updateMe = defineRoute({
  method: 'PATCH',
  path: '/me',
  summary: 'Change name, phone, company, bio, photo or locale',
  access: 'member',
  body: ProfilePatch,
  response: Member,
  status: 200,
  errors: [],
});

export const acceptTerms = defineRoute({
  method: 'POST',
  path: '/me/terms',
  summary: "Accept the space's current terms",
  access: 'member',
  body: AcceptTermsRequest,
  response: Member,
  status: 200,
  errors: [],
});
