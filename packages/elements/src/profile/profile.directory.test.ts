/// <reference types="mocha" />
// The profile's "Member directory" section: hidden by default, opting in, the fields shown.
import {expect} from '@open-wc/testing';
import type {Space} from '@portico/sdk';
import {getDirectoryMember, revealMemberEmail} from '@portico/sdk/directory';
import {http, HttpResponse} from 'msw';
import {describeElement} from '../../test/helpers/hooks.js';
import {createTestClient, logIn, SPACE, worker} from '../../test/helpers/mock-api.js';
import {elementSetup} from '../../test/helpers/mount.js';
import {itIsAccessibleInEveryTheme} from '../../test/helpers/themes.js';
import './profile.js';
import {PorticoProfileHarness} from './profile.harness.js';
import {itSpeaksFrench} from '../../test/helpers/speaks-french.js';

const setupTest = elementSetup('portico-profile', PorticoProfileHarness, 'hugo@example.com');

const loaded = (h: PorticoProfileHarness) => h.directoryForm !== null;

describeElement('portico-profile', () => {
  describe('in the member directory section', () => {
    it('should start hidden, then list the member with what they chose to show', async () => {
      const {harness} = await setupTest();
      await harness.until(loaded);
      expect(harness.visibility).to.equal('hidden');
      await harness.saveDirectory({
        visibility: 'members',
        role: 'Sound designer',
        skills: 'Audio, Mixing, audio',
        hide: ['bio'],
        link: ['Showreel', 'https://example.com/hugo'],
      });
      await harness.until((h) => h.directoryMessage !== '');
      expect(harness.directoryMessage).to.equal('Your directory settings are saved.');
      const ben = createTestClient();
      await logIn(ben, 'ben@example.com');
      const hugo = await getDirectoryMember(ben, 'mem_hugo');
      expect(hugo.role).to.equal('Sound designer');
      expect(hugo.skills).to.deep.equal(['Audio', 'Mixing']);
      expect(hugo.links).to.deep.equal([{label: 'Showreel', url: 'https://example.com/hugo'}]);
      expect('bio' in hugo).to.be.false;
    });

    it('should show the email to a member who asks only once the member says so', async () => {
      const {harness} = await setupTest();
      await harness.until(loaded);
      const box = harness.directoryForm!.querySelector<HTMLInputElement>('[name="reveals-email"]')!;
      expect(box.checked, 'off by default').to.be.false;
      expect(box.closest('label')!.textContent!.trim()).to.equal(
        'Show my email to a member who asks for it (never to visitors)',
      );
      await harness.saveDirectory({visibility: 'members'});
      await harness.until((h) => h.directoryMessage !== '');
      const ben = createTestClient();
      await logIn(ben, 'ben@example.com');
      expect((await getDirectoryMember(ben, 'mem_hugo')).revealsEmail).to.be.false;
      await harness.saveDirectory({revealsEmail: true});
      // The first save's message goes as this one starts.
      await harness.element.updateComplete;
      await harness.until((h) => h.directoryMessage !== '');
      expect(harness.directoryMessage).to.equal('Your directory settings are saved.');
      expect((await getDirectoryMember(ben, 'mem_hugo')).revealsEmail).to.be.true;
      expect(await revealMemberEmail(ben, 'mem_hugo')).to.deep.equal({email: 'hugo@example.com'});
    });

    it('should refuse a link that is not a web address, without saving', async () => {
      const {harness} = await setupTest();
      await harness.until(loaded);
      await harness.saveDirectory({link: ['Site', 'javascript:alert(1)']});
      expect(harness.directoryMessage).to.equal('Give each link a label and an https:// address.');
    });

    it('should not offer the directory where the space does not run one', async () => {
      const client = createTestClient();
      await logIn(client, 'hugo@example.com');
      const space: Space = await client.space.get();
      worker.use(
        http.get(`*/v1/spaces/${SPACE}`, () =>
          HttpResponse.json({...space, features: {...space.features, directory: false}}),
        ),
      );
      const {harness} = await setupTest({client});
      await harness.until((h) => h.isReady);
      await harness.until((h) => h.part('calendar-feed') !== null);
      expect(harness.part('directory-settings')).to.equal(null);
    });

    itSpeaksFrench(setupTest, loaded, ({harness}) => {
      expect(harness.text).to.contain('Annuaire des membres');
      expect(harness.text).to.contain('Les membres de l’espace');
    });

    itIsAccessibleInEveryTheme(setupTest, loaded);
  });
});
