/*
 * The machine's ceiling for a cached answer (a child process of the newsroom benchmark): a bare
 * Node http server sending one 7 KB buffer, as fast as this machine serves anything.
 *
 *   PORT=… node <snapshot>/bench-build/bench/lib/bare-server.js
 */
import http from 'node:http';
import { announceReady } from './child-protocol';

const body = Buffer.from(JSON.stringify({ data: 'x'.repeat(7 * 1024 - 12) }));
const port = Number(process.env.PORT);
http
  .createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  })
  .listen(port, '127.0.0.1', () => announceReady(port));
