import type { RegisterCommands } from '../command.ts';

/** Commands: export and diff (snapshot formats). */
export const registerExportCommands: RegisterCommands = () => {
  // Filled in by the work on this area.
};
