/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import sinon from 'sinon';
import {answerSpace, worker} from '../../test/helpers/mock-api.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {expectFitsPhone} from '../../test/helpers/fits-phone.js';
import {GUIDES, HELP_REQUESTS, pngFile, spaceAnswers} from '../../test/helpers/front-desk.js';
import {
  longestGuides,
  longestRequest,
  longestRequests,
  THREAD_LENGTH,
} from '../../test/helpers/front-desk-longest.js';
import {longWord} from '../../test/helpers/community.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {expectTabToLandOn} from '../../test/helpers/keyboard.js';
import {problem} from '../../test/helpers/problem.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './helpdesk.js';
import {PorticoHelpdeskHarness} from './helpdesk.harness.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const setupTest = elementSetup('portico-helpdesk', PorticoHelpdeskHarness, 'ada@example.com');

const ready = (h: PorticoHelpdeskHarness) => h.part('requests') !== null && h.guides.length > 0;
const setupLoaded = untilReady(setupTest, ready);
const HOSTILE = '<img src=x onerror="window.pwned=1"> It **jams** again';

describeElement('portico-helpdesk', () => {
  describe('for a member', () => {
    it('should list her requests with their status, the shared one, and the guides', async () => {
      const {harness} = await setupLoaded();
      expect(harness.requests).to.have.length(4);
      expect(harness.requests[0]).to.match(
        /^The lift is out of order #1004 · Building and access · Updated .+ Open Shared with every member$/,
      );
      expect(harness.requests[1]).to.match(
        /^The printer on the first floor jams #1001 .+ Waiting for you$/,
      );
      expect(harness.requests[2]).to.match(/ Resolved$/);
      expect(harness.requests[3]).to.match(/ Closed$/);
      expect(harness.guides).to.have.length(4);
      expect(harness.guides[0]).to.match(/^Connect to the Wi-Fi Members use/);
    });

    it('should search the guides, filter them, render Markdown and take feedback', async () => {
      const {harness} = await setupLoaded();
      await harness.type('search-input', 'guest wifi');
      await harness.until((h) => h.guides.length === 1);
      const guide = await harness.openGuide('Connect to the Wi-Fi');
      // The Markdown renderer loads on first use.
      await harness.until(() => guide.querySelector('.markdown :is(h4, h5, h6)') !== null);
      expect(guide.querySelector('.markdown strong')!.textContent).to.equal('Canopee-Members');
      expect(guide.querySelector('.markdown :is(h4, h5, h6)')!.textContent).to.equal('Guests');
      await harness.type('search-input', '');
      const select = harness.part<HTMLSelectElement>('category-select')!;
      select.value = 'guides-access';
      select.dispatchEvent(new Event('change'));
      await harness.until((h) => h.guides.length === 1 && h.guides[0]!.startsWith('Your badge'));
      const opened = await harness.openGuide('Your badge');
      opened.querySelector<HTMLButtonElement>('[part~="helpful-button"]')!.click();
      await harness.until((h) => h.partText('thanks') !== '');
      expect(harness.partText('thanks')).to.equal('Thanks for telling us.');
      await harness.until(
        () =>
          opened.querySelector('[part~="helpful-button"]')!.getAttribute('aria-pressed') === 'true',
      );
    });

    it('should suggest guides, then open a request with a photo, its text never as HTML', async () => {
      const {el, harness} = await setupLoaded();
      const opened = spyOnEvent(el, 'portico-request-opened');
      await harness.press('new-request-button');
      expect(harness.focused).to.equal(harness.part('subject-input'));
      await harness.type('subject-input', 'The Wi-Fi drops');
      await harness.until((h) => h.suggestions.length > 0);
      expect(harness.suggestions).to.have.length(1);
      expect(harness.suggestions[0]).to.match(/^Connect to the Wi-Fi/);
      await harness.type('subject-input', 'The printer jams');
      await harness.until((h) => h.suggestions[0]?.startsWith('Print and scan') === true);
      await harness.type('description-input', HOSTILE);
      harness.pickPhotos([pngFile()]);
      await harness.press('send-button');
      await harness.until((h) => h.requestTitle === 'The printer jams');
      expect(opened).to.have.been.calledOnce;
      expect(opened.firstCall.args[0].detail.request.number).to.equal(1005);
      expect(harness.messages[0]).to.contain('<img src=x onerror="window.pwned=1"> It jams again');
      await harness.until(
        (h) => h.root.querySelector('[part~="message"] .markdown strong') !== null,
      );
      const body = harness.root.querySelector('[part~="message"] .markdown')!;
      expect(body.querySelector('img')).to.equal(null);
      expect(body.querySelector('strong')!.textContent).to.equal('jams');
      expect((window as {pwned?: number}).pwned).to.equal(undefined);
      await harness.until((h) => h.part('photo') !== null);
      const photo = harness.part<HTMLImageElement>('photo')!;
      expect(photo.src.startsWith('data:image/png;base64,')).to.be.true;
      expect(photo.alt).to.equal('Photo: desk.png');
      await harness.until((h) => h.focused?.id === 'request-title');
    });

    it('should ask for a subject and a description, and refuse a photo that is not an image', async () => {
      const {harness} = await setupLoaded();
      await harness.press('new-request-button');
      harness.pickPhotos([new File(['#!/bin/sh'], 'run.sh', {type: 'text/x-sh'})]);
      await harness.press('send-button');
      expect(harness.fieldErrors).to.deep.equal([
        'Fill this in.',
        'Fill this in.',
        'run.sh is not a PNG, JPEG or WebP image.',
      ]);
      expect(harness.focused).to.equal(harness.part('subject-input'));
      await harness.press('cancel-button');
      await harness.until((h) => h.part('requests') !== null);
    });

    it('should open a request with a photo link, shown as a link in its thread', async () => {
      const {harness} = await setupLoaded();
      await harness.startRequest('A leak above desk 4', 'See the photo.');
      await harness.type('photo-url-input', 'https://photos.example.com/leak.jpg');
      await harness.press('send-button');
      await harness.until((h) => h.requestTitle === 'A leak above desk 4');
      const link = harness.part<HTMLAnchorElement>('photo-link')!;
      expect(link.href).to.equal('https://photos.example.com/leak.jpg');
      expect(link.rel).to.equal('noopener noreferrer');
      // A link only: nothing is loaded from another site.
      expect(harness.part('photo')).to.equal(null);
    });

    /** A PNG of `bytes` bytes (its first bytes are a real PNG's). */
    const pngOf = (bytes: number, name: string) =>
      new File([pngFile(), new Uint8Array(bytes)], name, {type: 'image/png'});
    const refusals: {
      what: string;
      field: string;
      fill: (h: PorticoHelpdeskHarness) => void;
      says: string;
    }[] = [
      {
        what: 'a photo link that is not https',
        field: 'photo-url-input',
        fill: (h) => void h.type('photo-url-input', 'http://photos.example.com/leak.jpg'),
        says: 'Enter a web address starting with https://.',
      },
      {
        what: 'a photo over 512 KB',
        field: 'photos-input',
        fill: (h) => h.pickPhotos([pngOf(512 * 1024, 'big.png')]),
        says: 'big.png is larger than 512 KB.',
      },
      {
        what: 'a fourth photo',
        field: 'photos-input',
        fill: (h) => h.pickPhotos(['a', 'b', 'c', 'd'].map((n) => pngFile(`${n}.png`))),
        says: 'Attach at most 3 photos.',
      },
    ];
    for (const {what, field, fill, says} of refusals) {
      it(`should refuse ${what} before sending anything`, async () => {
        const {harness} = await setupLoaded();
        const sent = sinon.spy();
        worker.events.on('request:start', ({request}) => {
          if (request.method === 'POST') sent(request.url);
        });
        await harness.startRequest('A leak above desk 4', 'See the photo.');
        fill(harness);
        await harness.press('send-button');
        expect(harness.fieldErrors).to.deep.equal([says]);
        expect(harness.focused).to.equal(harness.part(field));
        expect(harness.part(field)!.getAttribute('aria-invalid')).to.equal('true');
        expect(sent).not.to.have.been.called;
        worker.events.removeAllListeners();
      });
    }

    it('should say when the server refuses a photo by its bytes', async () => {
      const {harness} = await setupLoaded();
      await harness.startRequest('Fake photo', 'See the photo');
      harness.pickPhotos([new File(['%PDF-1.7'], 'scan.png', {type: 'image/png'})]);
      await harness.press('send-button');
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.equal(
        'A photo was refused: use a PNG, JPEG or WebP image of at most 512 KB.',
      );
    });

    it('should reply, resolve and reopen a request', async () => {
      const {harness} = await setupLoaded();
      await harness.openRequest('The printer on the first floor jams');
      await harness.until((h) => h.messages.length === 2);
      expect(harness.messages[1]).to.match(/^La Canopée Coworking · .+ Thanks Ada!/);
      await harness.type('reply-input', 'Works now, *thanks*!');
      harness.part<HTMLFormElement>('reply-form')!.requestSubmit();
      await harness.until((h) => h.messages.length === 3);
      expect(harness.messages[2]).to.match(/^You · .+ Works now, thanks!$/);
      await harness.press('resolve-button');
      await harness.until((h) => h.part('reopen-button') !== null);
      expect(harness.text).to.match(/You can reopen it until /);
      await harness.press('reopen-button');
      await harness.until((h) => h.part('reply-form') !== null);
      await harness.press('back-button');
      await harness.until((h) => h.part('requests') !== null);
      expect(harness.focused).to.equal(harness.part('new-request-button'));
    });

    describe('once the reopen window has passed', () => {
      it('should offer no Reopen, and say to open a new request', async () => {
        worker.use(
          http.get(HELP_REQUESTS, async () => {
            const {items, categories} = longestRequests;
            // Resolved long ago: its window closed whatever day the test runs.
            const passed = {...items[2]!, reopenUntil: '2001-01-08T08:00:00+00:00'};
            return HttpResponse.json({items: [passed], categories});
          }),
        );
        const {harness} = await setupTest();
        await harness.until((h) => h.requests.length === 1);
        await harness.openRequest(longestRequests.items[2]!.subject);
        expect(harness.part('reopen-button')).to.equal(null);
        expect(harness.part('reply-form')).to.equal(null);
        expect(harness.text).to.contain('It is too late to reopen this request: open a new one.');
      });

      it('should say so when the server refuses the reopening', async () => {
        worker.use(
          http.post(`${HELP_REQUESTS}/:id/reopen`, () => problem(422, 'reopen_window_passed')),
        );
        const {harness} = await setupLoaded();
        await harness.openRequest('Guest Wi-Fi code for a client');
        await harness.press('reopen-button');
        await harness.until((h) => h.error !== '');
        expect(harness.error).to.equal('It is too late to reopen this request: open a new one.');
        expect(harness.announcement).to.equal(harness.error);
      });
    });

    it('should show the space’s answer live and say so', async () => {
      const {harness} = await setupLoaded();
      await harness.openRequest('The printer on the first floor jams');
      await spaceAnswers('req_s1', 'We ordered a **new** printer.');
      await harness.until((h) => h.messages.length === 3);
      expect(harness.news).to.equal('The space answered your request #1001.');
      expect(harness.announcement).to.equal(harness.news);
      expect(harness.root.querySelectorAll('[part~="message"] strong')[0]).to.exist;
    });

    it('should show a shared request read-only, without the other member’s name', async () => {
      const {harness} = await setupLoaded();
      await harness.openRequest('The lift is out of order');
      expect(harness.messages[0]).to.match(/^A member · /);
      expect(harness.part('reply-form')).to.equal(null);
      expect(harness.text).to.contain('only its author can reply');
    });

    it('should be reachable with Tab and open the form with Enter', async () => {
      const {harness} = await setupLoaded();
      await expectTabToLandOn(harness, harness.part('new-request-button'));
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.part('form') !== null);
      expect(harness.focused).to.equal(harness.part('subject-input'));
    });

    itIsAccessibleInEveryTheme(setupTest, ready);

    it('should be accessible in every theme in a thread and in the form', async () => {
      const {el, harness, wrapper} = await setupLoaded();
      await harness.openRequest('The printer on the first floor jams');
      await harness.until((h) => h.messages.length === 2);
      await expectAccessibleInEveryTheme(el, wrapper);
      await harness.press('back-button');
      await harness.press('new-request-button');
      await harness.press('send-button');
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('with no requests', () => {
    it('should say so', async () => {
      worker.use(http.get(HELP_REQUESTS, () => HttpResponse.json({items: [], categories: []})));
      const {harness} = await setupLoaded();
      expect(harness.text).to.contain('No requests yet.');
    });
  });

  describe('where the space offers the guides alone (features.helpdeskRequests false)', () => {
    beforeEach(async () => {
      await answerSpace((space) => ({features: {...space.features, helpdeskRequests: false}}));
    });

    const guidesShown = (h: PorticoHelpdeskHarness) => h.guides.length === 4;

    it('should show the guides, no requests, and never ask for them', async () => {
      const asked = sinon.spy();
      worker.events.on('request:start', ({request}) => {
        if (new URL(request.url).pathname.includes('/me/help/')) asked(request.url);
      });
      const {harness} = await setupTest();
      await harness.until(guidesShown);
      expect(harness.part('requests')).to.equal(null);
      expect(harness.part('new-request-button')).to.equal(null);
      expect(harness.text).to.contain('Connect to the Wi-Fi');
      expect(asked).not.to.have.been.called;
      worker.events.removeAllListeners();
    });

    itIsAccessibleInEveryTheme(setupTest, guidesShown);
  });

  describe('with the longest values at 390 px', () => {
    beforeEach(() => {
      worker.use(
        http.get(HELP_REQUESTS, () => HttpResponse.json(longestRequests)),
        http.get(GUIDES, () => HttpResponse.json(longestGuides)),
      );
    });

    it('should not scroll sideways on the list, the longest guide open', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.requests.length === 3 && h.guides.length === 2);
      const guide = await harness.openGuide(longestGuides.items[0]!.title);
      await harness.until(() => guide.querySelector('.markdown h4, .markdown h5') !== null);
      await expectFitsPhone(harness, el, wrapper);
    });

    it(`should not scroll sideways on a thread of ${THREAD_LENGTH} messages`, async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.requests.length === 3);
      await harness.openRequest(longestRequest.subject);
      await harness.until((h) => h.messages.length === THREAD_LENGTH);
      expect(harness.part('photo-link')).to.exist;
      expect(harness.part('reply-form')).to.exist;
      await expectFitsPhone(harness, el, wrapper);
    });

    it('should not scroll sideways on the form filled with the longest values', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.requests.length === 3);
      await harness.press('new-request-button');
      await harness.type('subject-input', longestRequest.subject);
      await harness.type('description-input', longestRequest.messages[0]!.body);
      await harness.type('photo-url-input', longestRequest.photoUrl!);
      const name = longWord(120, '.sh');
      harness.pickPhotos([new File(['#!/bin/sh'], name, {type: 'text/x-sh'})]);
      await harness.press('send-button');
      expect(harness.fieldErrors).to.deep.equal([`${name} is not a PNG, JPEG or WebP image.`]);
      await expectFitsPhone(harness, el, wrapper);
    });
  });

  describeDataStates({
    url: HELP_REQUESTS,
    setup: setupTest,
    loading: 'Loading the help desk…',
    failed: 'The help desk could not be loaded.',
    ready,
    checkRecovered: (h) => expect(h.requests).to.have.length(4),
  });

  describe('with lang="fr"', () => {
    itSpeaksFrench(setupTest, ready, ({harness}) => {
      expect(harness.partText('new-request-button')).to.equal('Nouvelle demande');
      expect(harness.requests[1]).to.match(/En attente de votre réponse$/);
    });
  });
});
