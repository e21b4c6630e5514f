// STUB — sub-command 'extract', replaced by its owner.
import type { Command } from 'commander';
export function register(_program: Command): void {}
