#!/usr/bin/env node
import { enableCompileCache } from "node:module";
import { nodeVersionProblem } from "./node-version.js";

// The Node version is checked before any other code is loaded or called: on Node 20 the first
// call (module.enableCompileCache, which it does not have) would fail with a stack trace.
const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exitCode = 1;
} else {
  // Compiled code of the CLI's chunks is kept in Node's cache (in the system's temporary folder;
  // NODE_DISABLE_COMPILE_CACHE=1 turns it off): a second run starts about 20 ms sooner. Turned on
  // before the rest of the CLI is loaded, so that it covers all of it.
  enableCompileCache();
  await import("./start.js");
}
