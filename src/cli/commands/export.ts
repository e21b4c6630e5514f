// STUB — sub-command 'export', replaced by its owner.
import type { Command } from 'commander';
export function register(_program: Command): void {}
