/**
 * Settings for `ingest` and `export`, from the same schema and sources as `serve`
 * (defaults < punkt.config.json or --config < PUNKT_* environment < flags), validated before
 * anything is opened. An invalid setting is printed with its source and the exit code set to 2.
 */
import { ConfigError, loadConfig, type Config } from '../../config/index.js';

export function commandConfig(command: string, flags: Record<string, unknown>, configFile?: string): Config | null {
  try {
    return loadConfig({ flags, env: process.env, configFile });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`punkt ${command}: ${err.message}`);
    process.exitCode = 2;
    return null;
  }
}
