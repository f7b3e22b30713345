// A space's floor drawing is untrusted markup. DOMPurify (a maintained sanitizer, not ours)
// keeps only its SVG profile, minus everything that could fetch or link: no script, style,
// foreignObject, use, image, a or animation, no event attribute, no href, no style attribute,
// and no url() but a reference inside the drawing. The result is shown as an <img>, which
// would not run script nor load anything even from a drawing that got through.
import createDOMPurify, {type DOMPurify} from 'dompurify';
import {svgWindow} from '#svg-window';

const FORBID_TAGS = [
  'a',
  'animate',
  'animateMotion',
  'animateTransform',
  'feImage',
  'foreignObject',
  'image',
  'script',
  'set',
  'style',
  'use',
];
const FORBID_ATTR = ['href', 'xlink:href', 'style'];

/** `url(` followed by anything but `#`: a reference outside the drawing. */
const EXTERNAL_URL = /url\s*\(\s*['"]?\s*(?!#)/i;

let purify: DOMPurify | undefined;

function sanitizer(): DOMPurify {
  if (purify) return purify;
  purify = createDOMPurify(svgWindow() as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (EXTERNAL_URL.test(data.attrValue)) data.keepAttr = false;
  });
  return purify;
}

/**
 * The drawing with only what draws, as a standalone SVG document (the root keeps its
 * namespace, so an `<img>` shows it); null when there is no `<svg>` root.
 */
export function sanitizeFloorSvg(svg: string): string | null {
  const purifier = sanitizer();
  const fragment = purifier.sanitize(svg, {
    USE_PROFILES: {svg: true},
    FORBID_TAGS,
    FORBID_ATTR,
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.querySelector('svg');
  if (!root) return null;
  const window = svgWindow();
  return new window.XMLSerializer().serializeToString(root);
}
