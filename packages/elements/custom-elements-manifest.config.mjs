// `npm run analyze` (`cem analyze --litelement` in packages/elements) writes custom-elements.json,
// which package.json `customElements` points to, from the sources and their JSDoc (@summary,
// @slot, @csspart, @cssprop, @fires …; see STYLE.md).
//
// Elements register themselves with `PorticoX.define('portico-x')` (STYLE.md §1), a call the
// analyzer does not understand: it would list no tag names, and report the base class's
// `customElements.define(name, this)` as an element called "name". The plugin below reads the
// `.define('portico-…')` calls instead.

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function porticoDefineCalls() {
  const definitions = []; // {tagName, className, modulePath}
  return {
    name: 'portico-define-calls',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const [tag] = node.arguments;
      if (node.expression.name.text !== 'define' || !tag || !ts.isStringLiteral(tag)) return;
      if (!tag.text.startsWith('portico-')) return;
      definitions.push({
        tagName: tag.text,
        className: node.expression.expression.getText(),
        modulePath: moduleDoc.path,
      });
    },
    packageLinkPhase({customElementsManifest}) {
      const modules = customElementsManifest.modules ?? [];
      for (const module of modules) {
        // Drop definitions whose "tag" is a variable name, such as the base class's `name`.
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
      }
      for (const {tagName, className, modulePath} of definitions) {
        const declaringModule = modules.find((module) =>
          module.declarations?.some((declaration) => declaration.name === className),
        );
        const declaration = declaringModule?.declarations.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.tagName ??= tagName;
        declaration.customElement = true;
        modules
          .find((module) => module.path === modulePath)
          ?.exports?.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: {name: className, module: declaringModule.path},
          });
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.harness.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [porticoDefineCalls()],
};
