import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, bodyCall, idBodyCall, idCall, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The member's own listing and its settings (hidden until they opt in). */
export const getDirectoryEntry = call(endpoints.getDirectoryEntry);

/** Opt in or out, choose the fields shown, edit role, skills and links. */
export const updateDirectoryEntry = bodyCall(endpoints.updateDirectoryEntry);

/** Listed members, with the skills and companies to filter by. */
export const listDirectory = queryCall(endpoints.listDirectory);

export const getDirectoryMember = idCall(endpoints.getDirectoryMember, 'memberId');

/** Writes to a listed member through the space; neither address is shown on the page. */
export const messageMember = idBodyCall(endpoints.messageMember, 'memberId');

/** A listed member's email, where they show it to members who ask (404 otherwise). */
export const revealMemberEmail = idCall(endpoints.revealMemberEmail, 'memberId');

/** The space's public listing (visitors; 404 where the space offers none). */
export const listPublicDirectory = queryCall(endpoints.listPublicDirectory);

export const directoryEntryQuery = (client: PorticoCore) =>
  query(['directory', 'me'], (signal) => getDirectoryEntry(client, {signal}));

export const directoryQuery = (client: PorticoCore, params: QueryOf<'listDirectory'> = {}) =>
  query(['directory', {...params}], (signal) => listDirectory(client, params, {signal}));

/** The public listing as a query: visitors of the space's own site. */
export const publicDirectoryQuery = (
  client: PorticoCore,
  params: QueryOf<'listPublicDirectory'> = {},
) =>
  query(['directory', 'public', {...params}], (signal) =>
    listPublicDirectory(client, params, {signal}),
  );

/** `client.directory`: the member directory and the member's own listing. */
export const calls = {
  getDirectoryEntry,
  updateDirectoryEntry,
  listDirectory,
  getDirectoryMember,
  messageMember,
  revealMemberEmail,
  listPublicDirectory,
};
