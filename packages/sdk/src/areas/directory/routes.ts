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
import {routesWith} from '../../contract/route.js';

const route = routesWith({access: 'member', feature: 'directory'});

export const getDirectoryEntry = route({
  method: 'GET',
  path: '/me/directory',
  summary:
    "The member's own directory listing: who sees it, which fields show, role, skills, links",
  response: DirectoryEntry,
});

export const updateDirectoryEntry = route({
  method: 'PATCH',
  path: '/me/directory',
  summary:
    'Opt in or out of the directory, choose the fields it shows, and edit role, skills and links',
  body: DirectoryEntryPatch,
  response: DirectoryEntry,
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
  query: DirectoryQuery,
  response: DirectoryPage,
  limits: {search: DIRECTORY_LIMITS.search},
} as const;

export const listDirectory = route({
  method: 'GET',
  path: '/directory',
  summary:
    'Members who chose to be listed, by name, with only the fields each shows; search and filter by skill or company',
  ...listing,
});

export const getDirectoryMember = route({
  method: 'GET',
  path: '/directory/:memberId',
  summary: 'One listed member (404 for a member who is not listed, as for one who does not exist)',
  response: DirectoryMember,
});

export const messageMember = route({
  method: 'POST',
  path: '/directory/:memberId/messages',
  summary:
    "Write to a listed member through the space: they get it by email with the sender's address to reply to; theirs stays private",
  body: DirectoryMessage,
  response: DirectoryMessageSent,
  status: 201,
  limits: {message: DIRECTORY_LIMITS.message, perDay: DIRECTORY_LIMITS.messagesPerDay},
  idempotent: true,
  errors: ['messages_closed', 'rate_limited'],
});

export const revealMemberEmail = route({
  method: 'POST',
  path: '/directory/:memberId/email',
  summary:
    "A listed member's email, for a member who asks, where its owner chose to show it on request (404 otherwise, as for a member who does not exist)",
  response: DirectoryEmail,
  limits: {perDay: DIRECTORY_LIMITS.emailRevealsPerDay},
  errors: ['rate_limited'],
});

export const listPublicDirectory = route({
  method: 'GET',
  path: '/public-directory',
  summary:
    "The space's public listing: only members who chose `public` (404 when the space does not offer one)",
  access: 'public',
  ...listing,
});
