import * as z from 'zod/mini';
import {DIRECTORY_LIMITS} from './limits.js';
import {
  DirectoryEmail,
  DirectoryEntry,
  DirectoryEntryPatch,
  DirectoryMember,
  DirectoryMessage,
  DirectoryMessageSent,
  DirectoryPage,
  DirectoryQuery,
} from './schemas.js';
import {Id} from '../../contract/primitives.js';
import {defineRoute} from '../../contract/route.js';

export const getDirectoryEntry = defineRoute({
  method: 'GET',
  path: '/me/directory',
  summary:
    "The member's own directory listing: who sees it, which fields show, role, skills, links",
  access: 'member',
  feature: 'directory',
  response: DirectoryEntry,
  status: 200,
  errors: [],
});

export const updateDirectoryEntry = defineRoute({
  method: 'PATCH',
  path: '/me/directory',
  summary:
    'Opt in or out of the directory, choose the fields it shows, and edit role, skills and links',
  access: 'member',
  feature: 'directory',
  body: DirectoryEntryPatch,
  response: DirectoryEntry,
  status: 200,
  limits: {
    role: DIRECTORY_LIMITS.role,
    skill: DIRECTORY_LIMITS.skill,
    skills: DIRECTORY_LIMITS.skills,
    links: DIRECTORY_LIMITS.links,
    linkLabel: DIRECTORY_LIMITS.linkLabel,
  },
  invalidates: ['directory'],
  errors: ['public_listing_unavailable'],
});

/** A page of listed members, for members or (the public listing) for anyone. */
const listing = {
  feature: 'directory',
  query: DirectoryQuery,
  response: DirectoryPage,
  status: 200,
  limits: {search: DIRECTORY_LIMITS.search},
  errors: [],
} as const;

export const listDirectory = defineRoute({
  method: 'GET',
  path: '/directory',
  summary:
    'Members who chose to be listed, by name, with only the fields each shows; search and filter by skill or company',
  access: 'member',
  ...listing,
});

export const getDirectoryMember = defineRoute({
  method: 'GET',
  path: '/directory/:memberId',
  summary: 'One listed member (404 for a member who is not listed, as for one who does not exist)',
  access: 'member',
  feature: 'directory',
  params: z.object({memberId: Id}),
  response: DirectoryMember,
  status: 200,
  errors: [],
});

export const messageMember = defineRoute({
  method: 'POST',
  path: '/directory/:memberId/messages',
  summary:
    "Write to a listed member through the space: they get it by email with the sender's address to reply to; theirs stays private",
  access: 'member',
  feature: 'directory',
  params: z.object({memberId: Id}),
  body: DirectoryMessage,
  response: DirectoryMessageSent,
  status: 201,
  limits: {message: DIRECTORY_LIMITS.message, perDay: DIRECTORY_LIMITS.messagesPerDay},
  idempotent: true,
  errors: ['messages_closed', 'rate_limited'],
});

export const revealMemberEmail = defineRoute({
  method: 'POST',
  path: '/directory/:memberId/email',
  summary:
    "A listed member's email, for a member who asks, where its owner chose to show it on request (404 otherwise, as for a member who does not exist)",
  access: 'member',
  feature: 'directory',
  params: z.object({memberId: Id}),
  response: DirectoryEmail,
  status: 200,
  limits: {perDay: DIRECTORY_LIMITS.emailRevealsPerDay},
  errors: ['rate_limited'],
});

export const listPublicDirectory = defineRoute({
  method: 'GET',
  path: '/public-directory',
  summary:
    "The space's public listing: only members who chose `public` (404 when the space does not offer one)",
  access: 'public',
  ...listing,
});
