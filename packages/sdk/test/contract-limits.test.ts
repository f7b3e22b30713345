import assert from 'node:assert/strict';
import {test} from 'node:test';
import * as z from 'zod/mini';
import {Email, HttpsUrl, Name, OtpRequest, Product, ProfilePatch} from '../src/contract/index.js';
import {stripBidiControls} from '../src/domain/index.js';
import {buildOpenApi} from '../scripts/openapi.js';
import {dayPass} from './helpers/fixtures.js';

/** Every JSON-schema string in `node` (by JSON pointer) that has no `maxLength`. */
function unboundedStrings(node: unknown, pointer: string, found: string[]): string[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => unboundedStrings(item, `${pointer}/${i}`, found));
    return found;
  }
  if (typeof node !== 'object' || node === null) return found;
  const schema = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(schema.type);
  const closed = 'enum' in schema || 'const' in schema;
  if (types.includes('string') && !closed && schema.maxLength === undefined) found.push(pointer);
  for (const [key, child] of Object.entries(schema)) {
    // An event stream is a body of text, not a string field.
    if (key === 'text/event-stream') continue;
    unboundedStrings(child, `${pointer}/${key}`, found);
  }
  return found;
}

test('every string in the contract has a maximum (requests, responses, params, events)', () => {
  // openapi.json is built from the route table and every named schema, so a new field
  // without a maximum, anywhere, shows up here.
  assert.deepEqual(unboundedStrings(buildOpenApi(), '', []), []);
});

test('a 10,012-character sign-up email is refused (RFC 5321: 254)', () => {
  const email = `${'a'.repeat(64)}@${'b'.repeat(9_935)}.example.com`;
  assert.equal(email.length, 10_012);
  assert.equal(z.safeParse(OtpRequest, {email}).success, false);
  const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
  assert.equal(longest.length, 254);
  assert.equal(z.safeParse(Email, longest).success, true);
  assert.equal(z.safeParse(Email, `a${longest}`).success, false);
});

test('an image URL is https, or http only on the local machine', () => {
  for (const url of [
    'https://cdn.example.com/p.jpg',
    'http://localhost:8080/p.jpg',
    'http://127.0.0.1/p.jpg',
    'http://[::1]:3000/p.jpg',
  ]) {
    assert.equal(z.safeParse(HttpsUrl, url).success, true, url);
  }
  for (const url of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:image/svg+xml,<svg/>',
    'http://cdn.example.com/p.jpg',
    '/p.jpg',
    '//cdn.example.com/p.jpg',
    `https://cdn.example.com/${'p'.repeat(2048)}`,
  ]) {
    assert.equal(z.safeParse(HttpsUrl, url).success, false, url);
  }
});

test('a javascript: photo is refused in a product and in a profile change', () => {
  const product = {...dayPass, photoUrl: 'javascript:alert(1)'};
  assert.equal(z.safeParse(Product, product).success, false);
  assert.equal(z.safeParse(Product, {...product, photoUrl: null}).success, true);
  assert.equal(z.safeParse(ProfilePatch, {photoUrl: 'javascript:alert(1)'}).success, false);
  assert.equal(z.safeParse(ProfilePatch, {name: 'x'.repeat(121)}).success, false);
  assert.equal(z.safeParse(ProfilePatch, {name: 'x'.repeat(120)}).success, true);
});

test('a right-to-left override is refused in what a member writes and in what a space sends', () => {
  const spoof = 'Ada \u202Efdp.exe';
  assert.equal(z.safeParse(ProfilePatch, {name: spoof}).success, false);
  assert.equal(z.safeParse(ProfilePatch, {bio: 'a \u2067b'}).success, false);
  assert.equal(z.safeParse(Name, spoof).success, false);
  // Real right-to-left text needs no controls and passes.
  assert.equal(z.safeParse(ProfilePatch, {name: 'عائشة Lovelace'}).success, true);
  assert.equal(stripBidiControls(spoof), 'Ada fdp.exe');
});
