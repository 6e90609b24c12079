#!/usr/bin/env node
import { nodeVersionProblem } from "./node-version.js";

// The Node version is checked before any other code is loaded: on an older Node the bundle's
// first lines would fail with a stack trace (Node 20 has no module.enableCompileCache).
const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exitCode = 1;
} else {
  await import("./start.js");
}
