// Selected by the `development` export condition (Vite's dev server, @web/test-runner,
// Storybook, `node --conditions=development`): responses are checked against the contract
// unless the client says `validateResponses: false`. Lit ships its dev build the same way.
export const DEV_MODE = true;
