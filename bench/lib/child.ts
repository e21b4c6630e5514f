/**
 * One benchmark worker: runs ONE tool over ONE set (from a start index) and reports every page to
 * the parent over IPC. A separate process per tool and set makes `maxRSS` that tool's own peak,
 * and lets the parent kill a page that hangs without losing the rest of the run.
 *
 *   node --import tsx bench/lib/child.ts TOOL SET START LIMIT
 */
import { performance } from 'node:perf_hooks';
import { loadSet, readPage, type SetName } from './datasets.js';
import { decodePage } from './decode.js';
import { TOOLS, type Tool, type ToolResult } from './tools.js';

export type ChildMessage =
  | { type: 'ready'; rssKb: number }
  | { type: 'page'; index: number; id: string; ms: number; result: ToolResult | null; error: string | null; maxRssKb: number }
  | { type: 'done'; maxRssKb: number };

async function main(): Promise<void> {
  const [toolName, setName, startArg, limitArg] = process.argv.slice(2);
  const tool = TOOLS[toolName ?? ''] as unknown as Tool<unknown> | undefined;
  if (!tool || !setName) throw new Error(`usage: child.ts TOOL SET START LIMIT (unknown tool ${toolName})`);
  const pages = loadSet(setName as SetName).slice(0, Number(limitArg) || undefined);
  const send = (m: ChildMessage): Promise<void> => new Promise((res) => process.send!(m, () => res()));
  await tool.init();
  await send({ type: 'ready', rssKb: process.resourceUsage().maxRSS });
  for (let i = Number(startArg) || 0; i < pages.length; i++) {
    const page = pages[i]!;
    let result: ToolResult | null = null;
    let error: string | null = null;
    let ms = 0;
    try {
      const bytes = readPage(page);
      const input = tool.input === 'bytes' ? bytes : decodePage(bytes).text;
      const t0 = performance.now();
      const raw = await tool.run(input, page.url);
      ms = performance.now() - t0;
      result = tool.finish(raw);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e).slice(0, 300);
    }
    await send({ type: 'page', index: i, id: page.id, ms, result, error, maxRssKb: process.resourceUsage().maxRSS });
  }
  await send({ type: 'done', maxRssKb: process.resourceUsage().maxRSS });
  process.disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
