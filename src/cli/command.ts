import type { Command } from 'commander';

/** Sets the process exit code from a command's action. */
export type SetExit = (code: number) => void;

/** Each area of the CLI adds its commands to the program through one of these. */
export type RegisterCommands = (cli: Command, setExit: SetExit) => void;
