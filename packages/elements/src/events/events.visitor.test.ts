/// <reference types="mocha" />
// <portico-events> for a visitor (nobody signed in): the public events, registering for a
// free one with a name and email on the members' seats, and "sign in" for a paid ticket.
import {expect, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {cancelPublicRegistration, getEvent, registerForPublicEvent} from '@portico/sdk/events';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {SPACE, createTestClient, logIn, readMail, worker} from '../../test/helpers/mock-api.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {elementSetup, mountElement} from '../../test/helpers/mount.js';
import {expectAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './events.js';
import {PorticoEventsHarness} from './events.harness.js';

const setupTest = elementSetup('portico-events', PorticoEventsHarness, 'ada@example.com');

const visitor = () => setupTest({member: null});
const listed = (h: PorticoEventsHarness) => h.titles.length > 0;

/** The winter party's seats left as a member (Ada) sees them, now and when asked again. */
async function winterPartySeats() {
  const ada = createTestClient();
  await logIn(ada, 'ada@example.com');
  const seats = async () => (await getEvent(ada, 'evt_winter_party')).seatsLeft!;
  return {seats, before: await seats()};
}

/** A visitor with the public events open on the winter party. */
async function visitorOnWinterParty() {
  const setup = await visitor();
  await setup.harness.until(listed);
  await setup.harness.open('Winter party');
  return setup;
}

describeElement('portico-events: visitors', () => {
  it('should list only the public events, with a way in for members', async () => {
    const {harness, el, wrapper} = await visitor();
    await harness.until(listed);
    expect(harness.titles).to.deep.equal(['Accessibility testing, hands on', 'Winter party']);
    expect(harness.partText('message')).to.equal(
      'Members: sign in to see every event and your own.',
    );
    expect(harness.button('sign-in-button')).to.exist;
    await expectAccessibleInEveryTheme(el, wrapper);
  });

  it('should show the public events, asking nothing of the server, for a members-only event left open', async () => {
    // A member signs out with a members-only event open: what a visitor may see instead.
    const asked: string[] = [];
    const listen = ({request}: {request: Request}) =>
      void asked.push(new URL(request.url).pathname);
    worker.events.on('request:start', listen);
    const {harness} = await mountElement(
      'portico-events',
      PorticoEventsHarness,
      html`<portico-events
        .client=${createTestClient()}
        event-id="evt_pitch_practice"
      ></portico-events>`,
    );
    await harness.until(listed);
    worker.events.removeListener('request:start', listen);
    expect(harness.titles).to.deep.equal(['Accessibility testing, hands on', 'Winter party']);
    expect(harness.detailTitle).to.equal('');
    expect(asked.filter((path) => path.includes('evt_pitch_practice'))).to.deep.equal([]);
  });

  it('should only ask to sign in where no event is public', async () => {
    worker.use(
      http.get(`*/v1/spaces/${SPACE}/public-events`, () =>
        HttpResponse.json({items: [], nextCursor: null}),
      ),
    );
    const {harness} = await visitor();
    await harness.until((h) => h.partText('message') !== '');
    expect(harness.partText('message')).to.equal('Sign in to see the events.');
    expect(harness.titles).to.deep.equal([]);
    expect(harness.button('sign-in-button')).to.exist;
  });

  it('should register a visitor for a free public event with a name and email, on the members’ seats', async () => {
    const {seats, before} = await winterPartySeats();
    const {harness, el, wrapper} = await visitorOnWinterParty();
    await expectAccessibleInEveryTheme(el, wrapper);
    await harness.registerAsVisitor('Margaret Hamilton', 'margaret@example.org');
    await harness.until((h) => h.notice !== '');
    expect(harness.notice).to.equal(
      "You're in! The details are on their way to margaret@example.org.",
    );
    expect(harness.part('visitor-form')).to.equal(null);
    expect((await readMail('margaret@example.org')).subject).to.match(/^You're in: Winter party/);
    // A member sees one seat fewer.
    expect(await seats()).to.equal(before - 1);
  });

  it('should let a visitor cancel their registration from the page, giving the seat back', async () => {
    const {seats, before} = await winterPartySeats();
    const {harness, el, wrapper} = await visitorOnWinterParty();
    await harness.registerAsVisitor('Margaret Hamilton', 'margaret@example.org');
    await harness.until((h) => h.button('cancel-button') !== null);
    await expectAccessibleInEveryTheme(el, wrapper);
    await harness.press('cancel-button');
    await harness.until((h) => h.notice.includes('cancelled'));
    expect(harness.notice).to.equal(
      'Your registration for Winter party is cancelled. Your seat goes to the next in line.',
    );
    expect(harness.button('cancel-button')).to.equal(null);
    expect(harness.part('visitor-form')).to.exist;
    expect((await readMail('margaret@example.org')).subject).to.match(/^Cancelled: Winter party/);
    expect(await seats()).to.equal(before);
  });

  it('should say so when the registration was already cancelled with the mailed key', async () => {
    const {harness} = await visitorOnWinterParty();
    await harness.registerAsVisitor('Margaret Hamilton', 'margaret@example.org');
    await harness.until((h) => h.button('cancel-button') !== null);
    const key = /key: (\S+)/.exec((await readMail('margaret@example.org')).text)![1]!;
    await cancelPublicRegistration(createTestClient(), {token: key});
    await harness.press('cancel-button');
    await harness.until((h) => h.notice.includes('already'));
    expect(harness.notice).to.contain('This registration was already cancelled.');
    expect(harness.button('cancel-button')).to.equal(null);
    expect(harness.part('visitor-form')).to.exist;
  });

  describe('back with the key from their mail', () => {
    const START = location.href;
    afterEach(() => history.replaceState(null, '', START));

    /** A visitor registered for the winter party on another day: their key, and Ada's view. */
    async function registeredElsewhere() {
      const {seats, before} = await winterPartySeats();
      const {cancelToken} = await registerForPublicEvent(createTestClient(), 'evt_winter_party', {
        name: 'Margaret Hamilton',
        email: 'margaret@example.org',
      });
      return {seats, before, key: cancelToken};
    }

    const mountWith = (attributes: TemplateResult) =>
      mountElement('portico-events', PorticoEventsHarness, attributes);

    it('should ask, cancel with the key from the page URL, and drop it from the URL', async () => {
      const {seats, before, key} = await registeredElsewhere();
      history.replaceState(null, '', `?cancel-registration=${key}`);
      const {harness, el, wrapper} = await mountWith(
        html`<portico-events .client=${createTestClient()} cancel-key-from-url></portico-events>`,
      );
      await harness.until((h) => h.part('visitor-cancel') !== null);
      expect(harness.partText('visitor-cancel')).to.contain('Cancel your registration?');
      expect(harness.titles).to.include('Winter party');
      await expectAccessibleInEveryTheme(el, wrapper);
      expect(await harness.pressForNotice('confirm-cancel-button')).to.equal(
        'Your registration for Winter party is cancelled. Your seat goes to the next in line.',
      );
      expect(harness.part('visitor-cancel')).to.equal(null);
      expect(harness.focused, 'focus on the outcome').to.equal(harness.part('notice'));
      expect(location.search).not.to.contain('cancel-registration');
      expect(await seats()).to.equal(before);
    });

    it('should keep the registration when the visitor says so', async () => {
      const {seats, before, key} = await registeredElsewhere();
      const {harness} = await mountWith(
        html`<portico-events .client=${createTestClient()} cancel-key=${key}></portico-events>`,
      );
      await harness.until((h) => h.part('visitor-cancel') !== null);
      await harness.press('keep-button');
      expect(harness.part('visitor-cancel')).to.equal(null);
      await harness.until((h) => h.focused === h.part('base'));
      expect(harness.notice).to.equal('');
      expect(await seats()).to.equal(before - 1);
    });

    it('should say when the key matches no registration', async () => {
      const {harness} = await mountWith(
        html`<portico-events
          .client=${createTestClient()}
          cancel-key="vc_nothing"
        ></portico-events>`,
      );
      await harness.until((h) => h.part('visitor-cancel') !== null);
      await harness.press('confirm-cancel-button');
      await harness.until((h) => h.notice !== '');
      expect(harness.notice).to.contain('This link does not match any registration.');
    });
  });

  it('should say when the email is already registered, and keep the form', async () => {
    // Registered before, on another page (this page would offer to cancel instead).
    await registerForPublicEvent(createTestClient(), 'evt_winter_party', {
      name: 'Margaret Hamilton',
      email: 'margaret@example.org',
    });
    const {harness} = await visitorOnWinterParty();
    await harness.registerAsVisitor('Margaret H.', 'MARGARET@example.org');
    await harness.until((h) => h.notice.includes('already'));
    expect(harness.notice).to.contain('This email is already registered for this event.');
    expect(harness.part('visitor-form')).to.exist;
  });

  it('should ask a visitor to sign in for a paid ticket', async () => {
    const {harness, el} = await visitor();
    const signIn = spyOnEvent(el, 'portico-needs-sign-in');
    await harness.until(listed);
    await harness.open('Accessibility testing, hands on');
    expect(harness.part('visitor-form')).to.equal(null);
    expect(harness.text).to.contain('Tickets for this event are paid from a member account');
    await harness.press('sign-in-button');
    expect(signIn.calledOnce).to.be.true;
  });

  it('should speak French', async () => {
    const {harness} = await setupTest({member: null, lang: 'fr'});
    await harness.until(listed);
    await harness.open('Winter party');
    expect(harness.text).to.contain('S’inscrire sans compte').and.contain('Votre e-mail');
    await harness.registerAsVisitor('Margaret Hamilton', 'margaret@example.org');
    await harness.until((h) => h.notice !== '');
    expect(harness.notice).to.equal('C’est noté ! Les détails arrivent à margaret@example.org.');
  });
});
