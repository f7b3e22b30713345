import * as z from 'zod/mini';
import {AuthResult, OtpChallenge, OtpRequest, OtpVerifyRequest} from './schemas.js';
import {Id} from '../../contract/primitives.js';
import {defineRoute} from '../../contract/route.js';

export const requestCode = defineRoute({
  method: 'POST',
  path: '/auth/otp',
  summary: 'Email a 6-digit one-time code (valid 10 minutes)',
  access: 'public',
  body: OtpRequest,
  response: OtpChallenge,
  status: 202,
  errors: ['too_many_attempts'],
});

export const verifyCode = defineRoute({
  method: 'POST',
  path: '/auth/otp/verify',
  summary: 'Exchange a one-time code for a session',
  access: 'public',
  body: OtpVerifyRequest,
  response: AuthResult,
  status: 200,
  session: 'login',
  errors: ['invalid_code', 'code_expired', 'too_many_attempts'],
});

export const acceptInvitation = defineRoute({
  method: 'POST',
  path: '/auth/invitations/:token/accept',
  summary: 'Log in from an invitation link, no code needed',
  access: 'public',
  params: z.object({token: Id}),
  response: AuthResult,
  status: 200,
  session: 'login',
  errors: ['invitation_invalid'],
});

export const logout = defineRoute({
  method: 'POST',
  path: '/auth/logout',
  summary: 'Revoke the current session token',
  access: 'member',
  response: null,
  status: 204,
  session: 'logout',
  errors: [],
});
