#!/usr/bin/env node
// Runs before `npm start` and `npm test`: one clear line instead of obscure failures later
// when the Node.js on PATH is older than the project needs. (`npm install` itself refuses
// an old Node through .npmrc's engine-strict.)
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Portico needs Node.js 22.12 or newer, and this is ${process.version}: install Node 22 (e.g. \`nvm install 22\`), then run \`npm install\` again.`,
  );
  process.exit(1);
}
