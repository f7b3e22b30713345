// The source of a classic script for the test page: a failed assertion about an element
// (`expect(harness.focused).to.equal(harness.headingElement)`) reaches the runner as a
// failure, not a hung file. @web/test-runner sends a file's results through `structuredClone`,
// and an assertion error's `expected`/`actual` element cannot be cloned: the results were
// never sent, and the file "did not finish" 2 minutes later with none of its tests counted.
// Only when cloning fails on such a node does it stand as text (`<h1 class="portal__title">`);
// anything else that cannot be cloned still throws.
export function failedElementAssertionsScript() {
  return `(() => {
  const clone = globalThis.structuredClone;
  const describe = (node) =>
    node instanceof Element
      ? '<' + node.localName + (node.id ? ' id="' + node.id + '"' : '') +
        (node.className && typeof node.className === 'string' ? ' class="' + node.className + '"' : '') + '>'
      : String(node.nodeName);
  const withoutNodes = (value, seen = new Map()) => {
    if (value instanceof Node) return describe(value);
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return seen.get(value);
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = withoutNodes(value[key], seen);
    return copy;
  };
  globalThis.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch (error) {
      if (error?.name !== 'DataCloneError') throw error;
      return clone(withoutNodes(value), options);
    }
  };
})();`;
}
