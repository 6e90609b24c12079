#!/usr/bin/env node
import { keepYoungGenerationSmall } from "@release-cadence/core";
import { main } from "./index.js";

keepYoungGenerationSmall();
process.exitCode = await main(process.argv.slice(2));
