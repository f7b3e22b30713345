/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {PROBLEM_STATUS} from '@portico/sdk/contract';
import {sendKeys} from '@web/test-runner-commands';
import {http, HttpResponse} from 'msw';
import {spyOnEvent} from '../../test/helpers/spy-on-event.js';
import {worker} from '../../test/helpers/mock-api.js';
import {elementSetup, untilReady} from '../../test/helpers/mount.js';
import {describeDataStates} from '../../test/helpers/data-states.js';
import {expectFitsPhone} from '../../test/helpers/fits-phone.js';
import {VISITORS, visitorArrives} from '../../test/helpers/front-desk.js';
import {longestVisitor, longestVisitors} from '../../test/helpers/front-desk-longest.js';
import {describeElement} from '../../test/helpers/hooks.js';
import {expectTabToLandOn} from '../../test/helpers/keyboard.js';
import {problem} from '../../test/helpers/problem.js';
import {
  expectAccessibleInEveryTheme,
  itIsAccessibleInEveryTheme,
} from '../../test/helpers/themes.js';
import './visitors.js';
import {PorticoVisitorsHarness} from './visitors.harness.js';

const setupTest = elementSetup('portico-visitors', PorticoVisitorsHarness, 'ada@example.com');

const ready = (h: PorticoVisitorsHarness) => h.part('upcoming') !== null;
const setupLoaded = untilReady(setupTest, ready);
/** A day well ahead, whatever today is: the form's date field takes `YYYY-MM-DD`. */
const LATER = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);

describeElement('portico-visitors', () => {
  describe('for a member on a monthly plan', () => {
    it('should list expected visitors soonest first, with notes, and past visits', async () => {
      const {harness} = await setupLoaded();
      expect(harness.upcoming).to.have.length(2);
      expect(harness.upcoming[0]).to.match(
        /^Ana Pereira · Pereira Arquitectos \w+, \w+ \d+ at 2:30 PM ana\.pereira@example\.org Note for the front desk: Needs a guest Wi-Fi code\. Change Cancel visit$/,
      );
      expect(harness.upcoming[1]).to.match(/^Jonas Weber · Weber & Partner .+ at 10:00 AM/);
      expect(harness.past[0]).to.match(/^Charles Babbage .+ at 11:00 AM Arrived 11:00 AM$/);
      expect(harness.past[1]).to.match(/^Mary Somerville .+ Cancelled$/);
    });

    it('should register a visitor, say so and emit portico-visitor-registered', async () => {
      const {el, harness} = await setupLoaded();
      const registered = spyOnEvent(el, 'portico-visitor-registered');
      await harness.openForm();
      expect(harness.focused).to.equal(harness.part('name-input'));
      await harness.fill({name: 'Grace Hopper', company: 'Navy', day: LATER, time: '09:45'});
      await harness.save();
      await harness.until((h) => h.outcome !== '');
      expect(harness.outcome).to.match(/^Grace Hopper is registered for .+ at 9:45 AM\.$/);
      expect(registered).to.have.been.calledOnce;
      expect(registered.firstCall.args[0].detail.visitor.company).to.equal('Navy');
      await harness.until((h) => h.upcoming.length === 3);
      expect(harness.form).to.be.null;
      expect(harness.focused).to.equal(harness.part('register-button'));
    });

    it('should ask for the name and time before sending', async () => {
      const {harness} = await setupLoaded();
      await harness.openForm();
      await harness.save();
      expect(harness.fieldErrors).to.deep.equal(['Fill this in.', 'Fill this in.']);
      expect(harness.part('name-input')!.getAttribute('aria-invalid')).to.equal('true');
      expect(harness.focused).to.equal(harness.part('name-input'));
      await harness.closeForm();
      expect(harness.form).to.be.null;
    });

    it('should change an expected visitor', async () => {
      const {harness} = await setupLoaded();
      await harness.pressVisitorButton('change', 1);
      expect(harness.partText('form')).to.contain('Change Jonas Weber’s visit');
      await harness.fill({time: '16:15'});
      await harness.save();
      await harness.until((h) => h.outcome !== '');
      expect(harness.outcome).to.match(/^Jonas Weber’s visit is now .+ at 4:15 PM\.$/);
      await harness.until((h) => h.upcoming[1]!.includes('4:15 PM'));
    });

    it('should cancel a visit after asking, or keep it', async () => {
      const {harness} = await setupLoaded();
      await harness.pressVisitorButton('cancel', 1);
      expect(harness.upcoming[1]).to.contain('Cancel Jonas Weber’s visit?');
      await harness.pressVisitorButton('keep', 1);
      expect(harness.visitorButton('change', 1)).not.to.be.null;
      await harness.pressVisitorButton('cancel', 1);
      await harness.pressVisitorButton('confirm-cancel', 1);
      await harness.until((h) => h.upcoming.length === 1);
      expect(harness.outcome).to.equal('The visit of Jonas Weber is cancelled.');
      expect(harness.past[0]).to.match(/^Jonas Weber .+ Cancelled$/);
    });

    it('should show "Your visitor … has arrived" live when the front desk marks it', async () => {
      const {harness} = await setupLoaded();
      const id = harness.root.querySelector('[part~="visitor"]')!.getAttribute('data-visitor')!;
      await visitorArrives(id);
      await harness.until((h) => h.news !== '');
      expect(harness.news).to.equal('Your visitor Ana Pereira has arrived.');
      expect(harness.announcement).to.equal('Your visitor Ana Pereira has arrived.');
      expect(harness.upcoming).to.have.length(1);
      expect(harness.past[0]).to.match(/^Ana Pereira · Pereira Arquitectos .+ Arrived /);
    });

    /** What the member reads for each refusal (its status is the contract's). */
    const refusals = {
      visitor_limit_reached: 'That day is full: the space allows 3 visitors a day.',
      visitor_in_past: 'That time has passed: pick a later one.',
      visitors_members_only:
        'Your plan does not include visitors. Ask the front desk about a plan that does.',
      visitor_not_expected: 'This visitor has already arrived or been cancelled.',
      service_unavailable:
        'The visitor could not be saved. The service is unavailable, please try again shortly.',
    } satisfies Partial<Record<keyof typeof PROBLEM_STATUS, string>>;
    for (const [code, text] of Object.entries(refusals)) {
      it(`should say ${code} in words and keep the form`, async () => {
        const status = PROBLEM_STATUS[code as keyof typeof refusals];
        worker.use(http.post(VISITORS, () => problem(status, code)));
        const {harness} = await setupLoaded();
        await harness.openForm();
        await harness.fill({name: 'Grace', time: '10:00'});
        await harness.save();
        await harness.until((h) => h.error !== '');
        expect(harness.error).to.equal(text);
        expect(harness.form).not.to.be.null;
      });
    }

    it('should be reachable with Tab and open the form with Enter', async () => {
      const {harness} = await setupLoaded();
      await expectTabToLandOn(harness, harness.part('register-button'));
      await sendKeys({press: 'Enter'});
      await harness.until((h) => h.form !== null);
      expect(harness.focused).to.equal(harness.part('name-input'));
    });

    itIsAccessibleInEveryTheme(setupTest, ready);

    it('should be accessible in every theme with the form open', async () => {
      const {el, harness, wrapper} = await setupLoaded();
      await harness.openForm();
      await harness.save();
      await expectAccessibleInEveryTheme(el, wrapper);
    });
  });

  describe('for a member whose plan has no visitors', () => {
    it('should say why and offer no form', async () => {
      const {harness} = await setupLoaded({member: 'chloe@example.com'});
      expect(harness.partText('not-allowed')).to.equal(
        'Your plan does not include visitors. Ask the front desk about a plan that does.',
      );
      expect(harness.part('register-button')).to.be.null;
      expect(harness.text).to.contain('No visitors expected.');
      expect(harness.text).to.contain('No past visits.');
      await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
    });
  });

  describe('with the longest values at 390 px', () => {
    beforeEach(() => {
      worker.use(http.get(VISITORS, () => HttpResponse.json(longestVisitors)));
    });

    it('should not scroll sideways on the lists, a cancellation asked', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.upcoming.length === 2 && h.past.length === 2);
      await harness.pressVisitorButton('cancel', 0);
      expect(harness.upcoming[0]).to.contain(`Cancel ${longestVisitor.name}’s visit?`);
      await expectFitsPhone(harness, el, wrapper);
    });

    it('should not scroll sideways changing the longest visitor', async () => {
      const {el, harness, wrapper} = await setupTest();
      await harness.until((h) => h.upcoming.length === 2);
      await harness.pressVisitorButton('change', 0);
      expect(harness.partText('form')).to.contain(`Change ${longestVisitor.name}’s visit`);
      expect(harness.part<HTMLTextAreaElement>('note-input')!.value).to.equal(longestVisitor.note);
      expect(harness.part<HTMLInputElement>('email-input')!.value).to.equal(longestVisitor.email);
      await expectFitsPhone(harness, el, wrapper);
    });
  });

  describeDataStates({
    url: VISITORS,
    setup: setupTest,
    loading: 'Loading your visitors…',
    failed: 'Your visitors could not be loaded.',
    ready,
    checkRecovered: (h) => expect(h.upcoming).to.have.length(2),
  });

  describe('with lang="fr"', () => {
    it('should speak French', async () => {
      worker.use(
        http.get(VISITORS, () =>
          HttpResponse.json({upcoming: [], past: [], rules: {perDay: 3, allowed: true}}),
        ),
      );
      const {harness} = await setupLoaded({lang: 'fr'});
      expect(harness.partText('register-button')).to.equal('Annoncer un visiteur');
      expect(harness.text).to.contain('Aucun visiteur attendu.');
    });
  });
});
