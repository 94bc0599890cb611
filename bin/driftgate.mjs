#!/usr/bin/env node
// The installed entry point: runs the committed bundle (built by `npm run build`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
