/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {getProfile} from '@portico/sdk/profile';
import {sendKeys} from '@web/test-runner-commands';
import {delay, http} from 'msw';
import sinon from 'sinon';
import {SPACE, worker} from '../../test/helpers/mock-api.js';
import {describeDataStates, failUntilRecovered} from '../../test/helpers/data-states.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './profile.js';
import {PorticoProfileHarness} from './profile.harness.js';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const ME = `*/v1/spaces/${SPACE}/me`;
const FEED = `*/v1/spaces/${SPACE}/me/calendar-feed`;

const setupTest = elementSetup('portico-profile', PorticoProfileHarness, 'ben@example.com');

const ready = (h: PorticoProfileHarness) => h.isReady;
const setupLoaded = untilReady(setupTest, ready);

describeElement('portico-profile', () => {
  describe('when signed in', () => {
    it('should show the profile in a labelled form', async () => {
      const {harness} = await setupLoaded();
      expect(harness.text).to.contain('Email: ben@example.com');
      expect(harness.input('name').value).to.equal('Ben Okafor');
      expect(harness.input('company').value).to.equal('Okafor Design');
      expect(harness.input('phone').value).to.equal('');
      expect(harness.localeSelect.value).to.equal('fr');
      for (const field of ['name', 'phone', 'company', 'photo-url', 'bio'] as const) {
        const id = harness.input(field).id;
        expect(harness.root.querySelector(`label[for="${id}"]`), field).to.exist;
      }
    });

    it('should save every field with Save, say so and emit portico-profile-updated', async () => {
      const {el, harness, client} = await setupLoaded();
      const updated = spyOnEvent(el, 'portico-profile-updated');
      await harness.type('phone', '+33 6 00 00 00 00');
      await harness.type('company', '  Okafor Studio ');
      await harness.type('bio', 'Designs chairs.');
      await harness.type('photo-url', 'https://example.com/ben.jpg');
      harness.localeSelect.value = 'en';
      await harness.save();
      await harness.until((h) => h.saved !== '');
      expect(harness.saved).to.equal('Your profile is saved.');
      expect(harness.announcement).to.equal('Your profile is saved.');
      expect(updated).to.have.been.calledOnce;
      const saved = await getProfile(client);
      expect(saved).to.include({
        phone: '+33 6 00 00 00 00',
        company: 'Okafor Studio',
        bio: 'Designs chairs.',
        photoUrl: 'https://example.com/ben.jpg',
        locale: 'en',
      });
      expect(updated.firstCall.args[0].detail.member.company).to.equal('Okafor Studio');
    });

    it('should clear a field the member empties', async () => {
      const {harness, client} = await setupLoaded({member: 'ada@example.com'});
      await harness.type('company', '');
      await harness.save();
      await harness.until((h) => h.saved !== '');
      expect((await getProfile(client)).company).to.equal(null);
    });

    it('should refuse an empty name and a photo URL that is not an https address', async () => {
      const {el, harness, client} = await setupLoaded();
      await harness.type('name', '   ');
      await harness.type('photo-url', 'javascript:alert(1)');
      await harness.save();
      expect(harness.fieldError('name')).to.equal('Enter your name.');
      expect(harness.fieldError('photo-url')).to.equal(
        'Enter a web address starting with https://.',
      );
      // Plain http to another host is refused too: the page would load it as mixed content.
      await harness.type('photo-url', 'http://cdn.example.com/ben.jpg');
      await harness.save();
      expect(harness.fieldError('photo-url')).to.equal(
        'Enter a web address starting with https://.',
      );
      expect(harness.input('name').getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(harness.input('name'));
      expect((await getProfile(client)).name).to.equal('Ben Okafor');
      await expectAccessibleInEveryTheme(el, el.parentElement!);
    });

    it('should show the server’s refusal, keep what was typed, and save on a new try', async () => {
      const recover = failUntilRecovered('patch', ME);
      const {el, harness} = await setupLoaded();
      await harness.type('company', 'Okafor Studio');
      await harness.save();
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.match(/^Your profile could not be saved\. .+/);
      expect(harness.announcement).to.equal(harness.error);
      expect(harness.input('company').value).to.equal('Okafor Studio');
      await expectAccessibleInEveryTheme(el, el.parentElement!);
      recover();
      await harness.save();
      await harness.until((h) => h.saved !== '');
      expect(harness.error).to.equal('');
    });

    it('should say "Saving…" and ignore a second press while saving', async () => {
      let calls = 0;
      worker.use(
        http.patch(ME, async () => {
          calls += 1;
          await delay(300);
          return undefined;
        }),
      );
      const {harness} = await setupLoaded();
      await harness.save();
      expect(harness.saveButton!.textContent!.trim()).to.equal('Saving…');
      expect(harness.saveButton!.getAttribute('aria-disabled')).to.equal('true');
      await harness.save();
      await harness.until((h) => h.saved !== '');
      expect(calls).to.equal(1);
    });

    it('should sign out and emit portico-logout', async () => {
      const {el, harness, client} = await setupLoaded();
      const logout = spyOnEvent(el, 'portico-logout');
      harness.signOutButton!.click();
      await harness.until((h) => h.part('sign-in-button') !== null);
      expect(client.session.isLoggedIn).to.be.false;
      expect(logout).to.have.been.calledOnce;
      expect(harness.text).to.contain('Sign in to see your profile.');
    });

    it('should save with Enter from a field', async () => {
      const {el, harness, client} = await setupLoaded();
      harness.input('phone').focus();
      await sendKeys({type: '0102'});
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.saved !== '');
      expect((await getProfile(client)).phone).to.equal('0102');
      expect(el.shadowRoot!.activeElement).to.equal(harness.input('phone'));
    });

    itIsAccessibleInEveryTheme(setupTest, ready);
  });

  describe('the calendar feed', () => {
    const feedReady = (h: PorticoProfileHarness) => h.subscribeLink !== null;

    it('should link to the member’s feed with webcal://, and show its https link', async () => {
      const {harness} = await setupTest();
      await harness.until(feedReady);
      const https = harness.feedUrl;
      expect(https).to.match(/^https?:\/\/[^/]+\/v1\/spaces\/demo\/calendar\/[\w-]{43}\.ics$/);
      expect(harness.subscribeLink!.getAttribute('href')).to.equal(
        https.replace(/^https?:/, 'webcal:'),
      );
      expect(harness.subscribeLink!.textContent!.trim()).to.equal('Subscribe in your calendar');
      expect(harness.root.querySelector('label[for="feed-url"]')).to.exist;
      // The link works without a session: it is what a calendar app fetches.
      const file = await fetch(https);
      expect(file.headers.get('content-type')).to.equal('text/calendar; charset=utf-8');
      expect(await file.text()).to.match(/^BEGIN:VCALENDAR\r\n/);
    });

    it('should copy the https link and say so', async () => {
      const {harness} = await setupTest();
      await harness.until(feedReady);
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      await harness.press('copy');
      await harness.until((h) => h.feedMessage !== '');
      expect(write).to.have.been.calledOnceWith(harness.feedUrl);
      expect(harness.feedMessage).to.equal('Link copied.');
      expect(harness.announcement).to.equal('Link copied.');
    });

    it('should select the link to copy by hand when the clipboard refuses', async () => {
      const {el, harness} = await setupTest();
      await harness.until(feedReady);
      sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied'));
      await harness.press('copy');
      await harness.until((h) => h.feedMessage !== '');
      expect(harness.feedMessage).to.contain('could not be copied');
      expect(el.shadowRoot!.activeElement).to.equal(harness.part('feed-url'));
    });

    it('should reset the link only once confirmed, warning that subscriptions stop updating', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until(feedReady);
      const before = harness.feedUrl;
      await harness.press('reset');
      const confirm = harness.part('reset-confirm');
      expect(confirm?.textContent).to.contain(
        'Calendars subscribed with the current link stop updating',
      );
      expect(el.shadowRoot!.activeElement).to.equal(harness.part('reset-keep-button'));
      await expectAccessibleInEveryTheme(el, wrapper);
      // Escape keeps the link and gives focus back to "Reset link".
      await sendKeys({press: 'Escape'});
      await harness.until((h) => h.part('reset-confirm') === null);
      expect(el.shadowRoot!.activeElement).to.equal(harness.part('reset-button'));
      expect(harness.feedUrl).to.equal(before);

      await harness.press('reset');
      await harness.press('reset-confirm');
      await harness.until((h) => h.feedMessage !== '');
      // The new link shows with the message, not after a refetch.
      expect(harness.feedUrl).to.not.equal(before);
      expect(harness.feedMessage).to.equal('New link ready. Subscribe again in your calendar.');
      expect(harness.subscribeLink!.getAttribute('href')).to.equal(
        harness.feedUrl.replace(/^https?:/, 'webcal:'),
      );
      expect(el.shadowRoot!.activeElement).to.equal(harness.subscribeLink);
      expect((await fetch(before)).status).to.equal(404);
      expect((await fetch(harness.feedUrl)).status).to.equal(200);
    });

    it('should show why the link could not be loaded, keep the form, and recover on Retry', async () => {
      const recover = failUntilRecovered('get', FEED);
      const {harness} = await setupTest();
      await harness.until((h) => h.text.includes('Your calendar link could not be loaded.'));
      expect(harness.isReady).to.be.true;
      recover();
      const retry = [...harness.part('calendar-feed')!.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === 'Retry',
      );
      retry!.click();
      await harness.until(feedReady);
    });
  });

  describeDataStates({
    url: ME,
    setup: setupTest,
    signedOut: 'Sign in to see your profile.',
    loading: 'Loading your profile…',
    failed: 'Your profile could not be loaded.',
    ready,
  });

  describe('with lang="fr"', () => {
    itSpeaksFrench(setupTest, ready, async ({el, harness, wrapper}) => {
      expect(harness.text).to.contain('Votre profil');
      expect(harness.saveButton!.textContent!.trim()).to.equal('Enregistrer');
      expect(harness.signOutButton!.textContent!.trim()).to.equal('Se déconnecter');
      await harness.type('name', '');
      await harness.save();
      expect(harness.fieldError('name')).to.equal('Saisissez votre nom.');
      await harness.until((h) => h.subscribeLink !== null);
      expect(harness.subscribeLink!.textContent!.trim()).to.equal('S’abonner dans votre agenda');
      await harness.press('reset');
      expect(harness.part('reset-confirm')?.textContent).to.contain(
        'Les agendas abonnés avec le lien actuel ne seront plus mis à jour',
      );
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });
});
