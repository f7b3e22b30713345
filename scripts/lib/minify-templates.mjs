// A Rollup pass that minifies the text of Lit's css`` and html`` (and svg``) templates, which
// esbuild and terser keep as written: comments, indentation and newlines are most of a style
// file's bytes. It runs on the JavaScript esbuild made of each source file (before the minifier
// renames the `css` and `html` imports) and only ever touches the static parts of a template,
// so every interpolation (`${sys('space-sm')}`, a whole `${card(...)}` block) keeps its place.
//
// The rules are the ones that cannot change what a browser makes of the text:
// - CSS: comments go, whitespace runs become one space, and the space next to `{ } ; ,`, after
//   `: (` and before `)` goes, as does the `;` before `}`. Strings are kept as they are. A space
//   before `:` stays (`.a :hover` is not `.a:hover`), and so do the ones around `+ - > ~`.
// - HTML: a whitespace run that holds a line break becomes one space, which is what the
//   browser renders it as (no template puts text in a <pre> or a pre-wrap box).
// A template this cannot read (an unclosed comment or string in one part) is left unchanged.
import MagicString from 'magic-string';

const TAGS = {css: minifyCss, html: minifyHtml, svg: minifyHtml};

/** @param {{include?: RegExp}} options which modules to rewrite (by id) */
export function minifyTemplates({include = /\/packages\/[^/]+\/src\/.*\.ts$/} = {}) {
  return {
    name: 'portico:minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const source = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = TAGS[node.tag.name];
        const quasis = node.quasi.quasis;
        if (
          !minify ||
          quasis.some((quasi) => code.slice(quasi.start, quasi.end) !== quasi.value.raw)
        )
          return;
        const texts = minify(quasis.map((quasi) => quasi.value.raw));
        if (!texts) return;
        quasis.forEach((quasi, index) => {
          if (texts[index] === quasi.value.raw) return;
          if (texts[index] === '') source.remove(quasi.start, quasi.end);
          else source.overwrite(quasi.start, quasi.end, texts[index]);
        });
      });
      if (!source.hasChanged()) return null;
      return {code: source.toString(), map: source.generateMap({hires: true})};
    },
  };
}

/** Visits every node of an ESTree tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

const NO_SPACE_AROUND = new Set(['{', '}', ';', ',']);
const NO_SPACE_AFTER = new Set([...NO_SPACE_AROUND, ':', '(']);
const NO_SPACE_BEFORE = new Set([...NO_SPACE_AROUND, ')']);

/**
 * The static parts of one css`` template, minified; null when one cannot be read safely.
 * @param {string[]} parts
 */
export function minifyCss(parts) {
  const out = [];
  for (const [index, part] of parts.entries()) {
    const tokens = cssTokens(part);
    if (!tokens) return null;
    let text = '';
    for (const [at, token] of tokens.entries()) {
      if (token !== ' ') {
        // `;}` is `}`.
        if (token === '}' && text.endsWith(';')) text = text.slice(0, -1);
        text += token;
        continue;
      }
      const before = text.at(-1);
      const after = tokens[at + 1];
      // At a part's edge, the neighbour is an interpolation: keep the space, unless the
      // template begins or ends there.
      if (before === undefined ? index === 0 : NO_SPACE_AFTER.has(before)) continue;
      if (after === undefined ? index === parts.length - 1 : NO_SPACE_BEFORE.has(after[0]))
        continue;
      text += ' ';
    }
    out.push(text);
  }
  return out;
}

/**
 * One part of a template as tokens: whole strings, single punctuation characters and runs of
 * other text, with whitespace runs as one ' ' and comments dropped. Null for an unclosed
 * comment or string (one that an interpolation splits).
 */
function cssTokens(text) {
  const tokens = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end === -1) return null;
      at = end + 2;
      // A comment separates like whitespace does (`a/**/b` is two tokens).
      if (tokens.at(-1) !== ' ') tokens.push(' ');
    } else if (/\s/.test(char)) {
      while (at < text.length && /\s/.test(text[at])) at++;
      if (tokens.at(-1) !== ' ') tokens.push(' ');
    } else if (char === '"' || char === "'") {
      let end = at + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) return null;
      tokens.push(text.slice(at, end + 1));
      at = end + 1;
    } else if (NO_SPACE_AFTER.has(char) || NO_SPACE_BEFORE.has(char)) {
      tokens.push(char);
      at++;
    } else {
      let end = at;
      while (end < text.length && !/[\s"'{};,:()]/.test(text[end]) && !text.startsWith('/*', end)) {
        // An escape (`\\2014`, `\\:`) is part of the word it is in.
        end += text[end] === '\\' ? 2 : 1;
      }
      tokens.push(text.slice(at, end));
      at = end;
    }
  }
  return tokens;
}

/**
 * The static parts of one html`` template, with each whitespace run that holds a line break
 * as one space.
 * @param {string[]} parts
 */
export function minifyHtml(parts) {
  return parts.map((part) => part.replace(/[ \t]*\n\s*/g, ' '));
}
