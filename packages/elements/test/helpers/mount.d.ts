import type { TemplateResult } from 'lit';
/**
 * `fixture()` for a template whose root is not a Lit element (a wrapper `<div>`): renders it,
 * then waits for the updates of the Lit elements inside. open-wc's `fixture()` waits for an
 * animation frame instead, and a test page running in a background tab never gets one.
 */
export declare function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T>;
//# sourceMappingURL=mount.d.ts.map