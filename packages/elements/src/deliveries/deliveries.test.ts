/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {worker} from '../../test/helpers/mock-api.js';
import {elementSetup} from '../../test/helpers/mount.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {expectFitsPhone} from '../../test/helpers/fits-phone.js';
import {DELIVERIES, handOver, postParcel} from '../../test/helpers/front-desk.js';
import {longestDeliveries} from '../../test/helpers/front-desk-longest.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {expectTabToLandOn} from '../../test/helpers/keyboard.js';
import {problem} from '../../test/helpers/problem.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './deliveries.js';
import {PorticoDeliveriesHarness} from './deliveries.harness.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const ADA = 'ada@example.com';

const setupTest = elementSetup('portico-deliveries', PorticoDeliveriesHarness, ADA);

const ready = (h: PorticoDeliveriesHarness) => h.history.length > 0 || h.text.includes('12');

describeElement('portico-deliveries', () => {
  describe('for a member with parcels', () => {
    it('should list what waits, oldest first, where, and the last 12 months collected', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.count !== '');
      expect(harness.count).to.equal('2 parcels waiting');
      expect(harness.waiting[0]).to.match(
        /^La Poste Letter Waiting at Mailbox 12 Arrived .+ Mark collected$/,
      );
      expect(harness.waiting[1]).to.match(
        /^DHL Small parcel From Analytical Supplies Waiting at Front desk, shelf B Arrived/,
      );
      expect(harness.history).to.have.length(2);
      expect(harness.history[0]).to.match(/^UPS · Royal Society · Collected /);
    });

    it('should mark a parcel collected, announce it and emit portico-delivery-collected', async () => {
      const {el, harness} = await setupTest();
      await harness.until((h) => h.count !== '');
      const collected = spyOnEvent(el, 'portico-delivery-collected');
      await harness.collect(0);
      await harness.until((h) => h.count === '1 parcel waiting');
      expect(collected).to.have.been.calledOnce;
      expect(collected.firstCall.args[0].detail.delivery.carrier).to.equal('La Poste');
      expect(harness.announcement).to.equal('Marked collected: La Poste.');
      expect(harness.history[0]).to.match(/^La Poste · Collected /);
    });

    it('should show a parcel the front desk posts, live, and one it hands over', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.count !== '');
      const parcel = await postParcel(ADA);
      await harness.until((h) => h.count === '3 parcels waiting');
      expect(harness.news).to.equal(
        'A parcel from FedEx is waiting for you at Front desk, shelf A.',
      );
      expect(harness.announcement).to.equal(harness.news);
      await handOver(parcel.id);
      await harness.until((h) => h.count === '2 parcels waiting');
      expect(harness.history[0]).to.match(/^FedEx · Babbage & Co · Handed over by the front desk /);
    });

    it('should say when the parcel was collected already', async () => {
      worker.use(
        http.post(`${DELIVERIES}/:id/collect`, () => problem(409, 'delivery_already_collected')),
      );
      const {harness} = await setupTest();
      await harness.until((h) => h.count !== '');
      await harness.collect(0);
      await harness.until((h) => h.error !== '');
      expect(harness.error).to.equal('This parcel was already collected.');
    });

    it('should be reachable with Tab and work with Enter', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.count !== '');
      await expectTabToLandOn(harness, harness.collectButton(0));
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.count === '1 parcel waiting');
    });

    itIsAccessibleInEveryTheme(setupTest, (h) => h.count !== '');
  });

  describe('when nothing waits and nothing was collected', () => {
    beforeEach(() => {
      worker.use(http.get(DELIVERIES, () => HttpResponse.json({waiting: [], history: []})));
    });

    it('should say so', async () => {
      const {harness} = await setupTest();
      await harness.until((h) => h.text.includes('Nothing'));
      expect(harness.text).to.contain('Nothing is waiting for you at the front desk.');
      expect(harness.text).to.contain('No parcels collected in the last 12 months.');
    });

    itIsAccessibleInEveryTheme(setupTest, (h) => h.text.includes('Nothing'));
  });

  describe('with the longest values at 390 px', () => {
    it('should not scroll sideways on the parcels waiting and collected', async () => {
      worker.use(http.get(DELIVERIES, () => HttpResponse.json(longestDeliveries)));
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.waiting.length === 2 && h.history.length === 1);
      expect(harness.waiting[0]).to.contain(longestDeliveries.waiting[0]!.location);
      await expectFitsPhone(harness, el, wrapper);
    });
  });

  describeDataStates({
    url: DELIVERIES,
    setup: setupTest,
    loading: 'Loading your deliveries…',
    failed: 'Your deliveries could not be loaded.',
    ready,
    checkRecovered: (h) => expect(h.count).to.equal('2 parcels waiting'),
  });

  describe('with lang="fr"', () => {
    itSpeaksFrench(
      setupTest,
      (h) => h.count !== '',
      ({harness}) => {
        expect(harness.count).to.equal('2 colis vous attendent');
        expect(harness.collectButton(0)!.textContent!.trim()).to.equal('Marquer comme récupéré');
      },
    );
  });
});
