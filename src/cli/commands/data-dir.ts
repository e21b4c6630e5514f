/** The archive directory for `ingest` and `export`: --data, else PUNKT_DATA, else ./data (as `serve`). */
export function dataDirOf(flag: string | undefined): string {
  return flag ?? process.env.PUNKT_DATA ?? './data';
}
