import sinon from 'sinon';

/**
 * A sinon spy called with each `type` event that reaches `target`, e.g.
 * `const paid = spyOnEvent(el, 'portico-invoice-paid')`. Left on the element, which each test
 * renders anew: listen on `document` by hand, and remove the listener after the test.
 */
export function spyOnEvent(
  target: Element,
  type: keyof GlobalEventHandlersEventMap,
): sinon.SinonSpy {
  const spy = sinon.spy();
  target.addEventListener(type, spy);
  return spy;
}
