import {test} from 'node:test';
import assert from 'node:assert/strict';
import {OTP_LENGTH, OTP_TTL_MS, isOtpExpired, otpLockState} from '../../src/domain/index.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 5, 1, 10);
const at = (...minutes: number[]) => minutes.map((m) => T0 + m * MINUTE);

test('codes have 6 digits and work for 10 minutes', () => {
  assert.equal(OTP_LENGTH, 6);
  assert.equal(OTP_TTL_MS, 10 * MINUTE);
  assert.equal(isOtpExpired(T0, T0 + 10 * MINUTE - 1), false);
  assert.equal(isOtpExpired(T0, T0 + 10 * MINUTE), true);
});

test('four wrong codes do not lock the email', () => {
  assert.deepEqual(otpLockState(at(0, 1, 2, 3), T0 + 4 * MINUTE), {
    locked: false,
    retryAfterSeconds: 0,
  });
});

test('five wrong codes within 20 minutes lock for 20 minutes from the first failure', () => {
  const failures = at(0, 1, 2, 3, 4);
  assert.deepEqual(otpLockState(failures, T0 + 4 * MINUTE), {
    locked: true,
    retryAfterSeconds: 16 * 60,
  });
  assert.deepEqual(otpLockState(failures, T0 + 19 * MINUTE + 59_500), {
    locked: true,
    retryAfterSeconds: 1,
  });
  assert.deepEqual(otpLockState(failures, T0 + 20 * MINUTE), {locked: false, retryAfterSeconds: 0});
});

test('five wrong codes spread over 20 minutes or more do not lock', () => {
  assert.equal(otpLockState(at(0, 5, 10, 15, 20), T0 + 20 * MINUTE).locked, false);
  assert.equal(otpLockState(at(0, 5, 10, 15, 19.9), T0 + 20 * MINUTE).locked, false);
  assert.equal(otpLockState(at(0, 5, 10, 15, 19.9), T0 + 19.95 * MINUTE).locked, true);
});

test('the window slides: later failures can start a new lock', () => {
  const failures = at(0, 10, 12, 14, 16, 25);
  // 0..16 locked until 20; then 10..25 are five within 20 minutes, locked until 30.
  assert.equal(otpLockState(failures, T0 + 26 * MINUTE).retryAfterSeconds, 4 * 60);
});

test('failures are counted in any order, and ones after now are ignored', () => {
  assert.equal(otpLockState(at(4, 0, 3, 1, 2), T0 + 5 * MINUTE).locked, true);
  assert.equal(otpLockState(at(0, 1, 2, 3, 4), T0 + 3.5 * MINUTE).locked, false);
});
