/*
 * The machine's ceiling for a cached answer (a child process of the newsroom benchmark): a bare
 * Node http server sending one 7 KB buffer, as fast as this machine serves anything.
 *
 *   PORT=… [REPLAY_FILE=answer.json] node <snapshot>/bench-build/bench/lib/bare-server.js
 */
import fs from 'node:fs';
import http from 'node:http';
import { announceReady } from './child-protocol';

// REPLAY_FILE: a JSON file {headers, body (base64)}, one answer replayed byte for byte (the
// ceiling for that very answer: the load generator's work per response is then the same).
const replay = process.env.REPLAY_FILE
  ? (JSON.parse(fs.readFileSync(process.env.REPLAY_FILE, 'utf8')) as {
      headers: Record<string, string>;
      body: string;
    })
  : null;
const body = replay
  ? Buffer.from(replay.body, 'base64')
  : Buffer.from(JSON.stringify({ data: 'x'.repeat(7 * 1024 - 12) }));
const headers: Record<string, string | number> = replay
  ? { ...replay.headers, 'content-length': body.length }
  : { 'content-type': 'application/json', 'content-length': body.length };
const port = Number(process.env.PORT);
http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(port, '127.0.0.1', () => announceReady(port));
