/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {longestDirectoryPage} from '../../test/helpers/community.js';
import {expectFitsPhone} from '../../test/helpers/fits-phone.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {injectedElements, MARKUP_NAME} from '../../test/helpers/markup.js';
import {API, SPACE, worker} from '../../test/helpers/mock-api.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {problem} from '../../test/helpers/problem.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './directory.js';
import {PorticoDirectoryHarness} from './directory.harness.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const LIST = `*/v1/spaces/${SPACE}/directory`;
const MESSAGE = `*/v1/spaces/${SPACE}/directory/:memberId/messages`;
const EMAIL = `*/v1/spaces/${SPACE}/directory/:memberId/email`;
const PUBLIC = `*/v1/spaces/${SPACE}/public-directory`;
/** A space without a public listing: its route answers 404. */
const noPublicListing = () => worker.use(http.get(PUBLIC, () => problem(404, 'not_found')));
// The demo's listed members, by name.
const LISTED = [
  'Ada Lovelace',
  'Ben Okafor',
  'Dan Brooks',
  'Farid Haddad',
  'Grace Hopper',
  'Inès Diallo',
  'Kemi Adeyemi',
];

const setupTest = elementSetup('portico-directory', PorticoDirectoryHarness, 'ada@example.com');

const ready = (h: PorticoDirectoryHarness) => h.isReady && h.cards.length > 0;
const setupLoaded = untilReady(setupTest, ready);

describeElement('portico-directory', () => {
  describe('when signed in', () => {
    it('should list the members who opted in, each with only what they show', async () => {
      const {harness} = await setupLoaded();
      expect(harness.names).to.deep.equal(LISTED);
      const [ada, ben] = harness.members;
      expect(ben).to.deep.equal({
        id: 'mem_ben',
        name: 'Ben Okafor',
        subtitle: 'Graphic designer · Okafor Design',
        skills: ['Branding', 'Typography', 'Illustration'],
        links: ['Portfolio', 'Instagram'],
        canWrite: true,
        canAskEmail: true,
        email: '',
      });
      expect(ada!.canWrite, 'no message to oneself').to.be.false;
      const grace = harness.members.find((m) => m.name === 'Grace Hopper')!;
      expect(grace.subtitle, 'Grace hides her company').to.equal('Staff engineer');
      expect(harness.members.find((m) => m.name === 'Inès Diallo')!.canWrite).to.be.false;
      const link = harness.cards[1]!.querySelector('a')!;
      expect(link.rel).to.equal('noopener noreferrer');
      expect(harness.text).not.to.contain('@example.com');
    });

    it('should search as the member types, ignoring accents, and say when nothing matches', async () => {
      const {harness} = await setupLoaded();
      await harness.search('strategie');
      await harness.until((h) => h.names.length === 1);
      expect(harness.names).to.deep.equal(['Inès Diallo']);
      await harness.search('zzzz');
      await harness.until((h) => h.empty !== '');
      expect(harness.empty).to.equal('No member matches. Try fewer words or another filter.');
      await harness.clear();
      await harness.until((h) => h.names.length === LISTED.length);
      expect(harness.part<HTMLInputElement>('search')!.value).to.equal('');
    });

    it('should filter by skill or company, with counts, and by a skill on a card', async () => {
      const {harness} = await setupLoaded();
      expect(harness.options('skill').slice(0, 3)).to.deep.equal([
        'Any',
        'Accounting (2)',
        'Algorithms (2)',
      ]);
      await harness.filter('company', 'Okafor Design');
      await harness.until((h) => h.names.length === 2);
      expect(harness.names).to.deep.equal(['Ben Okafor', 'Kemi Adeyemi']);
      await harness.filter('company', '');
      await harness.until((h) => h.names.length === LISTED.length);
      await harness.clickSkill('Grace Hopper', 'Algorithms');
      await harness.until((h) => h.names.length === 2);
      expect(harness.names).to.deep.equal(['Ada Lovelace', 'Grace Hopper']);
      expect(harness.part<HTMLSelectElement>('skill-filter')!.value).to.equal('Algorithms');
    });

    it('should send a message through the space and say so', async () => {
      const {harness} = await setupLoaded();
      await harness.write('Ben Okafor');
      expect(harness.focused).to.equal(harness.textarea);
      expect(harness.text).to.contain('their address stays private');
      await harness.send('Coffee on Thursday?');
      await harness.until((h) => h.textarea === null);
      expect(harness.text).to.contain('Message sent to Ben Okafor.');
      const mailbox = await fetch(
        `${API}/spaces/${SPACE}/__dev/mailbox?email=${encodeURIComponent('ben@example.com')}`,
      ).then(
        (response) => response.json() as Promise<{messages: {subject: string; text: string}[]}>,
      );
      const mail = mailbox.messages.find((m) => m.subject.startsWith('Ada Lovelace wrote'));
      expect(mail?.text).to.match(/^Coffee on Thursday\?/);
    });

    it('should refuse an empty message and keep the form on a failure', async () => {
      const {harness} = await setupLoaded();
      await harness.write('Dan Brooks');
      await harness.send('  ');
      expect(harness.error).to.equal('Write something first.');
      worker.use(http.post(MESSAGE, () => problem(503, 'service_unavailable')));
      await harness.send('Hello');
      await harness.until((h) => h.error.startsWith('Your message could not be sent.'));
      expect(harness.textarea!.value).to.equal('Hello');
      await harness.cancel();
      expect(harness.textarea).to.equal(null);
      expect((harness.focused as HTMLElement).textContent!.trim()).to.equal('Send a message');
    });

    it("should show a member's email when asked, only where they allow it, and move focus to it", async () => {
      const {harness, el, wrapper} = await setupLoaded();
      const asks = (name: string) => harness.members.find((m) => m.name === name)!.canAskEmail;
      expect(['Ada Lovelace', 'Dan Brooks', 'Grace Hopper', 'Inès Diallo'].map(asks)).to.deep.equal(
        [false, true, false, true],
      );
      expect(harness.text).not.to.contain('@example.com');
      const button = harness.card('Dan Brooks')!.querySelector('[part~="email-button"]')!;
      const name = harness.root.getElementById(button.getAttribute('aria-describedby')!);
      expect(name?.textContent?.trim(), 'which member the button is for').to.equal('Dan Brooks');
      await harness.showEmail('Dan Brooks');
      await harness.until((h) => h.members.find((m) => m.name === 'Dan Brooks')!.email !== '');
      const link = harness.card('Dan Brooks')!.querySelector<HTMLAnchorElement>('[part~="email"]')!;
      expect(link.textContent!.trim()).to.equal('dan@example.com');
      expect(link.getAttribute('href')).to.equal('mailto:dan@example.com');
      expect(harness.focused).to.equal(link);
      expect(harness.announcement).to.equal('Dan Brooks’s email: dan@example.com');
      // Only Dan's: nobody else's address came with it.
      const shown = [...harness.root.querySelectorAll('[part~="email"]')].map((a) => a.textContent);
      expect(shown).to.deep.equal(['dan@example.com']);
      await expectAccessibleInEveryTheme(el, wrapper);
    });

    it('should say when a member stopped showing their email, and keep the button', async () => {
      worker.use(http.post(EMAIL, () => problem(404, 'not_found')));
      const {harness} = await setupLoaded();
      await harness.showEmail('Inès Diallo');
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.equal(
        'The email could not be shown. This member no longer shows their email.',
      );
      expect(harness.members.find((m) => m.name === 'Inès Diallo')!.canAskEmail).to.be.true;
      expect(harness.card('Inès Diallo')!.querySelector('[part~="error"]')).to.exist;
    });

    it('should reach the search, filters and cards with the keyboard', async () => {
      const {harness} = await setupLoaded();
      harness.part('search')!.focus();
      await sendKeys({press: 'Tab'});
      expect(harness.focused).to.equal(harness.part('skill-filter'));
      await sendKeys({press: 'Tab'});
      expect(harness.focused).to.equal(harness.part('company-filter'));
      await sendKeys({press: 'Tab'});
      expect((harness.focused as HTMLElement).textContent!.trim()).to.equal('Mathematics');
    });

    it('should show names and bios that are markup as text', async () => {
      worker.use(
        http.get(LIST, () =>
          HttpResponse.json({
            ...longestDirectoryPage,
            items: [
              {
                id: 'mem_x',
                name: MARKUP_NAME,
                bio: `${MARKUP_NAME} [x](javascript:alert(1))`,
                links: [{label: '<b class=pwned>x</b>', url: 'https://example.com'}],
                acceptsMessages: true,
                revealsEmail: false,
              },
            ],
          }),
        ),
      );
      const {harness, el} = await setupLoaded();
      await harness.until((h) => h.root.querySelector('.markdown:not(.markdown-plain)') !== null);
      expect(harness.names).to.deep.equal([MARKUP_NAME]);
      expect(injectedElements(el.shadowRoot!)).to.deep.equal([]);
      expect(harness.root.querySelector('a[href^="javascript"]')).to.equal(null);
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
  });

  describe('for a visitor', () => {
    it('should show the public listing: only who chose everyone, no way to contact them, a way in', async () => {
      const {harness, el, wrapper} = await setupTest({member: null});
      const signIn = spyOnEvent(el, 'portico-needs-sign-in');
      await harness.until(ready);
      expect(harness.names).to.deep.equal(['Ben Okafor', 'Farid Haddad', 'Kemi Adeyemi']);
      expect(harness.members.every((m) => !m.canWrite && !m.canAskEmail)).to.be.true;
      expect(harness.partText('message')).to.equal(
        'Members: sign in to see everyone and get in touch.',
      );
      await harness.search('branding');
      await harness.until((h) => h.names.length === 2);
      expect(harness.names).to.deep.equal(['Ben Okafor', 'Farid Haddad']);
      await expectAccessibleInEveryTheme(el, wrapper);
      harness.signInButton!.click();
      expect(signIn).to.have.been.calledOnce;
    });

    it('should only ask to sign in where the space has no public listing, reporting no error', async () => {
      noPublicListing();
      const errors = sinon.spy();
      document.addEventListener('portico-error', errors);
      try {
        const {harness} = await setupTest({member: null});
        await harness.until((h) => h.signInButton !== null);
        expect(harness.text).to.contain('Sign in to meet the other members.');
        expect(harness.cards).to.have.length(0);
        expect(errors).not.to.have.been.called;
      } finally {
        document.removeEventListener('portico-error', errors);
      }
    });
  });

  describe('with the longest values at 390 px', () => {
    it('should not scroll sideways', async () => {
      worker.use(http.get(LIST, () => HttpResponse.json(longestDirectoryPage)));
      const {harness, el, wrapper} = await setupLoaded();
      await expectFitsPhone(harness, el, wrapper);
    });
  });

  describe('in French', () => {
    itSpeaksFrench(setupTest, ready, async ({harness}) => {
      expect(harness.text).to.contain('Rechercher un membre');
      expect(harness.options('skill')[0]).to.equal('Toutes');
      expect(harness.members[1]!.canWrite).to.be.true;
      expect(harness.text).to.contain('Envoyer un message');
      await harness.showEmail('Dan Brooks');
      await harness.until((h) => h.members.find((m) => m.name === 'Dan Brooks')!.email !== '');
      expect(harness.card('Dan Brooks')!.textContent).not.to.contain('Afficher l’e-mail');
      expect(harness.card('Inès Diallo')!.textContent).to.contain('Afficher l’e-mail');
    });
  });

  describeDataStates({
    url: LIST,
    // Signed out where the space has no public listing (the listing is tested above).
    setup: (options) => {
      if (options.member === null) noPublicListing();
      return setupTest(options);
    },
    signedOut: 'Sign in to meet the other members.',
    loading: 'Loading the member directory…',
    failed: 'The member directory could not be loaded.',
    ready,
  });
});
