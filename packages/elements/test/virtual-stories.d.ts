// The module that scripts/wtr/stories-plugin.mjs serves to the story smoke test.
declare module 'virtual:portico-stories' {
  /** Story file path (from the repo root) → a lazy import of it. */
  export const storyFiles: Record<string, () => Promise<unknown>>;
}
