import {AuthResult, OtpChallenge, OtpRequest, OtpVerifyRequest} from './schemas.js';
import {publicRoute} from '../../contract/route.js';

export const requestCode = publicRoute({
  method: 'POST',
  path: '/auth/otp',
  summary: 'Email a 6-digit one-time code (valid 10 minutes)',
  body: OtpRequest,
  response: OtpChallenge,
  status: 202,
  errors: ['too_many_attempts'],
});

export const verifyCode = publicRoute({
  method: 'POST',
  path: '/auth/otp/verify',
  summary: 'Exchange a one-time code for a session',
  body: OtpVerifyRequest,
  response: AuthResult,
  session: 'login',
  errors: ['invalid_code', 'code_expired', 'too_many_attempts'],
});

export const acceptInvitation = publicRoute({
  method: 'POST',
  path: '/auth/invitations/:token/accept',
  summary: 'Log in from an invitation link, no code needed',
  response: AuthResult,
  session: 'login',
  errors: ['invitation_invalid'],
});

export const logout = publicRoute({
  method: 'POST',
  path: '/auth/logout',
  summary: 'Revoke the current session token',
  access: 'member',
  response: null,
  status: 204,
  session: 'logout',
});
