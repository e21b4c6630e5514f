/**
 * /api/openapi.json must describe exactly the routes the app serves: a route added without a
 * description (or a described route that was removed) fails here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { json, makeApp } from './helpers.js';

/** Hono's `/articles/:id` is OpenAPI's `/articles/{id}`. */
const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route of the app, and only those', async () => {
    const { app } = makeApp();
    const res = await app.request('/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = await json(res);
    assert.match(doc.openapi, /^3\.1\./);

    // Middleware is registered with method ALL; handlers carry their verb.
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`));
    const described = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses?: object }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        described.add(`${method} ${path}`);
        assert.ok(op.responses && Object.keys(op.responses).length > 0, `${method} ${path} has no responses`);
      }
    }
    assert.ok(served.size >= 10, `expected the app's routes, got ${[...served].join(', ')}`);
    assert.deepEqual([...served].filter((r) => !described.has(r)), [], 'routes missing from the OpenAPI document');
    assert.deepEqual([...described].filter((r) => !served.has(r)), [], 'documented routes the app does not serve');
  });

  it('resolves every $ref inside the document', async () => {
    const { app } = makeApp();
    const doc = await json(await app.request('/api/openapi.json'));
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    assert.ok(refs.length > 0);
    for (const r of refs) {
      const path = r.slice(9, -1).split('/').slice(1);
      let cur: unknown = doc;
      for (const key of path) cur = (cur as Record<string, unknown> | undefined)?.[key];
      assert.ok(cur !== undefined, `unresolved ${r}`);
    }
  });
});
