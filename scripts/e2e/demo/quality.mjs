// What the whole demo run must have kept: every button of the demo page's own markup clicked,
// nothing loaded from another origin, no error in any member's browser, and the scripts served
// as a space's CDN would serve them.
import {foreignRequests, scriptsNotLikeCdn} from '../lib/browser.mjs';

/** Every button of the demo page was clicked; nothing went wrong. */
export async function pageQuality(demo) {
  const {demoButtons, clicked} = demo;
  const missed = demoButtons.filter((id) => !clicked.has(id));
  await demo.check(
    `every button of the demo page was clicked (${demoButtons.join(', ')})`,
    demoButtons.length > 0 && missed.length === 0,
    missed.length ? `not clicked: ${missed.join(', ')}` : '',
  );
  const foreign = foreignRequests(demo.ada, demo.origin);
  await demo.check(
    'nothing loaded from another origin',
    foreign.length === 0,
    foreign.map((r) => r.url).join(', '),
  );
  const {served, unlike} = scriptsNotLikeCdn(
    demo.ada,
    /^\/portico\/.+\.js$/,
    /^\/portico\/chunks\//,
  );
  await demo.check(
    `the scripts come brotli-compressed, hashed chunks cached for a year (${served.length} files)`,
    served.length > 0 && unlike.length === 0,
    unlike.join(' | '),
  );
  const problems = [...demo.problems, ...demo.members.flatMap((tab) => tab.problems)];
  await demo.check(
    'no console error, page error or CSP violation',
    problems.length === 0,
    problems.join(' | '),
  );
}
