import {createHandlers} from '@portico/mock-server/msw';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {HOSTILE_SVG} from '../../test/helpers/hostile-svg.js';
import {contrastTheme, darkTheme, type Theme} from '@portico/themes';
import {
  answering,
  playIn,
  stateStories,
  StoryClients,
  themedStyle,
} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './floor-plan.js';

/** The knobs of every floor plan story. */
interface StoryKnobs extends LangKnob {
  floor: string;
  view: 'map' | 'list';
}

/** Each story's client; Ada signs in unless the story says otherwise. */
const clients = new StoryClients();
const FLOORS = `*/v1/spaces/${SPACE}/floors`;

/** The element every story shows: the knobs' floor and view, a morning's span. */
const floorPlan = (args: StoryKnobs, context: StoryContext<StoryKnobs>) =>
  html`<portico-floor-plan
    .client=${clients.get(context)}
    floor=${args.floor}
    view=${args.view}
    time-start="09:00"
    time-end="13:00"
  ></portico-floor-plan>`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-floor-plan',
  title: 'Floor plan',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  args: {lang: 'en', floor: 'canopee-ground', view: 'map'},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} ${cssomStyle({'max-width': '60rem'})}>${floorPlan(args, context)}</div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** The ground floor: the space's own drawing (an image) and its places over it. */
export const Default: Story = {};

/** The first floor: drawn from JSON shapes; rooms are outlines. */
export const FirstFloor: Story = {args: {floor: 'canopee-first'}};

/** The list view: every place in reading order, its state in words. */
export const List: Story = {args: {view: 'list'}};

/** A place with free time chosen (from the list, as a keyboard or screen-reader member would): its card. */
export const Chosen: Story = {
  args: {view: 'list'},
  play: playIn('portico-floor-plan', '.list__item:is(.place--free, .place--partial) .list__place'),
};

/** 500 desks on four more floors (the `campus` scenario). */
export const Campus: Story = {
  args: {floor: 'campus-2'},
  parameters: {msw: {handlers: createHandlers({scenario: 'campus'})}},
};

/** The drawing tries to run script and load things: as an image, nothing runs. */
export const HostileDrawing: Story = {
  parameters: answering(
    http.get(FLOORS, () =>
      HttpResponse.json({
        items: [
          {
            id: 'canopee-ground',
            name: 'Ground floor',
            order: 0,
            width: 1200,
            height: 800,
            svg: HOSTILE_SVG,
            shapes: [],
          },
        ],
      }),
    ),
  ),
};

/** A space without floors yet. */
export const NoFloors: Story = {
  parameters: answering(http.get(FLOORS, () => HttpResponse.json({items: []}))),
};

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/floors');
export {SignedOut, Loading, Error, French};

/** The plan on a theme's tokens set on an ancestor, as a page would. */
const themed = (theme: Theme): Story => ({
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} ${themedStyle(theme, {'max-width': '60rem'})}>
      ${floorPlan(args, context)}
    </div>
  `,
});

export const Dark: Story = themed(darkTheme);

/** High contrast: free, busy, yours and closed told apart by pattern and icon as well. */
export const HighContrast: Story = themed(contrastTheme);
