#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a clone needs no build step.
import { register } from 'tsx/esm/api';

register();
// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
