#!/usr/bin/env node
// The bin runs the TypeScript sources through tsx (a runtime dependency), as `npm start` does.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
