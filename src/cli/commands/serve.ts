import type { RegisterCommands } from '../command.ts';

/** Commands: serve (the viewer). */
export const registerServeCommand: RegisterCommands = () => {
  // Filled in by the work on this area.
};
