// A floor drawing that tries everything an SVG can to run code or fetch something, and what
// must be left of it once sanitized: shared by the conformance cases and the sanitizer's test.

export const HOSTILE_FLOOR_SVG = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "boom">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)">
<script>alert(2)</script><style>rect{fill:url(https://evil.example/x)}</style>
<rect x="1" y="1" width="10" height="10" fill="url(https://evil.example/a.svg#p)" onclick="alert(3)"/>
<rect fill="url(#ok)" width="2" height="2"/>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
<a xlink:href="javascript:alert(5)"><text x="5" y="5">Kitchen &amp; bar</text></a>
<use href="https://evil.example/s.svg#x"/><image href="https://evil.example/p.png"/>
<path d="M0 0L10 10" style="background:url(https://evil.example/c)"/></svg>`;

/** What must not survive sanitizing: anything that runs, links, styles or fetches. */
export const RUNS_OR_FETCHES: readonly RegExp[] = [
  /<script/i,
  /alert/,
  /\son\w+=/i,
  /<style/i,
  /foreignObject/i,
  /href/i,
  /javascript:/i,
  /<use/i,
  /<image/i,
  /evil\.example/,
  /style=/i,
  /ENTITY/,
];

/** What must survive: the root with its viewBox, shapes, an inner reference and a label. */
export const STILL_DRAWS: readonly RegExp[] = [
  /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 100 50">/,
  /<rect x="1" y="1" width="10" height="10"\/>/,
  /fill="url\(#ok\)"/,
  /<text x="5" y="5">Kitchen &amp; bar<\/text>/,
];
