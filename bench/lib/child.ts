/**
 * One benchmark worker: runs ONE tool over ONE set (from a start index) and reports every page to
 * the parent over IPC. A separate process per tool and set makes `maxRSS` that tool's own peak,
 * and lets the parent kill a page that hangs without losing the rest of the run.
 *
 *   fork('bench/lib/child.js', [TOOL, START]) — then the parent sends `{ type: 'pages', pages }`
 *
 * The parent sends the page list (id, url, file) instead of the child loading the set: the ground
 * truth (16 MB of live heap for wcxb-articles-dev) would otherwise sit in every tool's process for the
 * whole run and count towards its peak RSS. Same for every tool.
 */
import { performance } from 'node:perf_hooks';
import { readPage, type PageRef } from './datasets.js';
import { decodePage } from './decode.js';
import { TOOLS, type Tool, type ToolResult } from './tools.js';

/** What the child needs of a page: no ground truth. */
export type ChildPage = Pick<PageRef, 'id' | 'url' | 'file'>;
export interface ParentMessage { type: 'pages'; pages: ChildPage[] }

export type ChildMessage =
  | { type: 'ready'; rssKb: number }
  | { type: 'page'; index: number; id: string; ms: number; result: ToolResult | null; error: string | null; maxRssKb: number }
  | { type: 'done'; maxRssKb: number };

async function main(): Promise<void> {
  const [toolName, startArg] = process.argv.slice(2);
  const tool = TOOLS[toolName ?? ''] as unknown as Tool<unknown> | undefined;
  if (!tool || !process.send) throw new Error(`usage: fork child.js TOOL START, then send the pages (unknown tool ${toolName})`);
  const pages = await new Promise<ChildPage[]>((res) => process.once('message', (m: ParentMessage) => res(m.pages)));
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
