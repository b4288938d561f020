#!/usr/bin/env node
// Starts the independent WorkOS emulator shipped in the npm package `workos` (dist/emulate),
// bound to 127.0.0.1 only, and prints one JSON line the tests read, like workos-sandbox does:
//   {"url":"http://127.0.0.1:PORT","keys":["sk_test_default"]}
//
// Usage: node start-emulator.mjs [--port N] [--keys a,b] [--exit-on-stdin-close]
//   --port 0 (the default) picks a free port.
//   --keys   API keys the emulator accepts (each must start with "sk_"); default sk_test_default.
//            The emulator allows each key 1,000 requests per minute.
//   --exit-on-stdin-close  quit when stdin closes (the tests pass this, so a crashed test
//            never leaves an emulator behind).
//
// createEmulator() in workos/emulate listens on every interface, so this script builds the
// same server from its parts (core/createServer + the WorkOS plugin) and binds it itself.
// Those parts are imported by file path: the package only exports "." and "./emulate".
import { serve } from '@hono/node-server';

const here = new URL('./node_modules/workos/dist/emulate/', import.meta.url);
const { createServer } = await import(new URL('core/index.js', here).href);
const { workosPlugin } = await import(new URL('workos/index.js', here).href);

function option(name, fallback) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number.parseInt(option('--port', '0'), 10);
const keys = option('--keys', 'sk_test_default').split(',').map((k) => k.trim()).filter((k) => k);
if (!Number.isInteger(port) || port < 0 || port > 65535 || keys.length === 0) {
    console.error('usage: node start-emulator.mjs [--port N] [--keys sk_a,sk_b] [--exit-on-stdin-close]');
    process.exit(2);
}
for (const key of keys) {
    if (!key.startsWith('sk_')) {
        console.error('every key must start with "sk_" (the emulator rejects others)');
        process.exit(2);
    }
}

const apiKeys = Object.fromEntries(keys.map((k) => [k, { environment: 'test' }]));
// The base URL only shows up in links the emulator renders (JWT issuer, hosted pages); the
// routes we use never depend on it. It is fixed up once the real port is known.
const { app, store, jwt } = createServer(workosPlugin, { port, baseUrl: 'http://127.0.0.1', apiKeys });
app.get('/health', (c) => c.json({ status: 'ok' }));
workosPlugin.seed?.(store, 'http://127.0.0.1');

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
    const url = `http://127.0.0.1:${info.port}`;
    jwt.issuer = url;
    process.stdout.write(JSON.stringify({ url, keys }) + '\n');
});
server.on('error', (err) => {
    console.error(`emulator: ${err.message}`);
    process.exit(1);
});

function stop() {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.argv.includes('--exit-on-stdin-close')) {
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
}
