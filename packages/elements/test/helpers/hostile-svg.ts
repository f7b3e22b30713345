// A floor drawing that tries to run and fetch things: the floor plan's tests and its story
// show it. No test framework here: stories import it.

/**
 * A drawing that tries everything an SVG can to run or fetch: script, onload, foreignObject
 * with an onerror image, a javascript: link, an external <use>, CSS url(). Served as is (as if
 * the server's sanitizing had failed): shown as an image, none of it may run or load.
 */
export const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1200 800" onload="window.__hostile = 'onload'">
<script>window.__hostile = 'script'</script>
<style>rect { fill: url(/hostile/css.svg#x) }</style>
<rect x="24" y="24" width="1152" height="752" fill="#fafafa" stroke="#444" stroke-width="8"/>
<foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml"><img src="/hostile/img.png" onerror="window.__hostile = 'onerror'"/></div></foreignObject>
<a xlink:href="javascript:window.__hostile='link'"><text x="600" y="400" font-size="40">Click me</text></a>
<use href="/hostile/use.svg#x"/>
<image href="/hostile/image.png" width="10" height="10"/>
</svg>`;

/** The demo's floors, the ground floor's drawing replaced by {@link HOSTILE_SVG}. */
export async function hostileFloors(): Promise<{items: object[]}> {
  const response = await fetch(`${location.origin}/v1/spaces/demo/floors`);
  const body = (await response.json()) as {items: {id: string; svg: string | null}[]};
  return {
    items: body.items.map((f) => (f.id === 'canopee-ground' ? {...f, svg: HOSTILE_SVG} : f)),
  };
}
