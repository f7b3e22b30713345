import {expect} from '@open-wc/testing';
import type {Booking, Floor, Resource} from '@portico/sdk';
import {placesOf, stepPlace} from './floor-places.js';
import {roomLabelBox} from './room-label.js';

const floor: Floor = {
  id: 'f',
  name: 'Floor',
  order: 0,
  width: 1000,
  height: 500,
  svg: null,
  shapes: [],
};
const at = (hour: number) => Date.UTC(2030, 2, 6, hour);
const iso = (hour: number) => new Date(at(hour)).toISOString();
const resource = (id: string, x: number, y: number, outline: [number, number][] | null = null) =>
  ({id, name: id, position: {floor: 'f', x, y, outline}}) as unknown as Resource;

const RESOURCES = [
  resource('free', 50, 50),
  resource('partial', 10, 50),
  resource('busy', 80, 10),
  resource('mine', 20, 80),
  resource('closed', 90, 80),
  resource('excluded', 40, 80),
  resource('hidden', 60, 80),
  resource('room', 0, 0, [
    [5, 5],
    [30, 5],
    [30, 30],
    [5, 30],
  ]),
  resource('elsewhere', 1, 1),
].map((r) => (r.id === 'elsewhere' ? {...r, position: {...r.position!, floor: 'g'}} : r));

const times = (free: [number, number][], busy: [number, number][] = []) => ({
  free: free.map(([s, e]) => ({start: iso(s), end: iso(e)})),
  busy: busy.map(([s, e]) => ({start: iso(s), end: iso(e)})),
});

describe('placesOf', () => {
  const places = placesOf({
    floor,
    resources: RESOURCES,
    availability: new Map([
      ['free', times([[8, 20]])],
      ['partial', times([[11, 20]], [[8, 11]])],
      ['busy', times([[14, 20]], [[8, 14]])],
      ['mine', times([], [[9, 13]])],
      ['closed', times([])],
      ['excluded', times([[8, 20]])],
      [
        'room',
        times(
          [
            [9, 10],
            [11, 13],
          ],
          [[10, 11]],
        ),
      ],
    ]),
    mine: [{resourceId: 'mine', start: iso(9), end: iso(13), status: 'confirmed'} as Booking],
    // The member's plan leaves out 'excluded', and 'mine' (booked before a plan change).
    excluded: new Set(['excluded', 'mine']),
    day: '2030-03-06',
    span: {start: at(9), end: at(13)},
  });
  const byId = Object.fromEntries(places.map((p) => [p.resource.id, p]));

  it('should list the floor’s places top to bottom, then left to right (a room by its corner)', () => {
    expect(places.map((p) => p.resource.id)).to.deep.equal([
      'room',
      'busy',
      'partial',
      'free',
      'mine',
      'excluded',
      'hidden',
      'closed',
    ]);
  });

  it('should give each place its state and its longest free time within the span', () => {
    expect(byId['free']).to.include({state: 'free'});
    expect(byId['free']!.window).to.deep.equal({start: at(9), end: at(13)});
    expect(byId['partial']).to.include({state: 'partial'});
    expect(byId['partial']!.window).to.deep.equal({start: at(11), end: at(13)});
    expect(byId['busy']).to.include({state: 'busy', window: null});
    expect(byId['mine']).to.include({state: 'mine'});
    expect(byId['closed']).to.include({state: 'closed', window: null});
    expect(byId['excluded']).to.include({state: 'unavailable', window: null});
    // No availability for it (the page asked for other resources): it cannot be booked then.
    expect(byId['hidden']).to.include({state: 'closed', window: null});
    expect(byId['room']!.window).to.deep.equal({start: at(11), end: at(13)});
  });

  it('should place points and outlines in the drawing’s units', () => {
    expect(byId['free']).to.include({x: 500, y: 250, outline: null});
    expect(byId['room']!.outline).to.equal('50,25 300,25 300,150 50,150');
  });
});

describe('stepPlace', () => {
  it('should step within the places, Home and End to either end', () => {
    expect(stepPlace(5, 0, 1)).to.equal(1);
    expect(stepPlace(5, 0, -1)).to.equal(0);
    expect(stepPlace(5, 4, 1)).to.equal(4);
    expect(stepPlace(5, 2, Infinity)).to.equal(4);
    expect(stepPlace(5, 2, -Infinity)).to.equal(0);
  });
});

describe('roomLabelBox', () => {
  const square: [number, number][] = [
    [0, 0],
    [200, 0],
    [200, 200],
    [0, 200],
  ];

  it('should put two lines under the marker, inside the outline, with a margin', () => {
    const box = roomLabelBox(square, 100, 100, 10)!;
    expect(box).to.deep.include({x: 4, y: 113, width: 192, fontSize: 9, lines: 2});
    expect(box.y + box.height).to.be.at.most(196);
  });

  it('should keep to the narrowest width the outline leaves (an L-shaped room)', () => {
    // Full width at the top, half width from y = 110 down.
    const l: [number, number][] = [
      [0, 0],
      [200, 0],
      [200, 110],
      [100, 110],
      [100, 200],
      [0, 200],
    ];
    const box = roomLabelBox(l, 50, 100, 10)!;
    expect(box.x + box.width).to.be.at.most(96);
  });

  it('should give one line, or none, as the room gets shallower', () => {
    const shallow = (bottom: number): [number, number][] => [
      [0, 0],
      [200, 0],
      [200, bottom],
      [0, bottom],
    ];
    expect(roomLabelBox(shallow(130), 100, 100, 10)?.lines).to.equal(1);
    expect(roomLabelBox(shallow(115), 100, 100, 10)).to.equal(null);
  });
});
