// Worker thread entry: register tsx so the TypeScript sources load, as src/cli/bin.mjs does for the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
