import {PAGES} from './portal-page.js';

/**
 * A visitor opening a member page (the portal's home, a deep link) sees the sign-in page:
 * its code starts loading beside the router's, not once the router has loaded and matched
 * the path — a round trip less before a visitor's first view on a phone's network (issue
 * #17). The router then finds the module loading or loaded.
 */
export function preloadSignIn(path: string): void {
  const route = PAGES.find((page) => page.path === path);
  if (route?.member === true || route?.name === 'signIn') {
    import('./pages/sign-in.page.js').catch(() => undefined);
  }
}
