#!/usr/bin/env node
import {runCli} from './load-cli.js';

await runCli('mock-server');
