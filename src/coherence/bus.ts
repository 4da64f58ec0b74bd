import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { EVERYTHING, decodeChange, encodeChange, type Change } from './changes';
import { applyChange, setHearing } from './local-caches';

/*
 * Changes between processes through PostgreSQL itself: a writer NOTIFYs inside its own
 * transaction, which PostgreSQL delivers to every listener when, and only if, it commits; each
 * process LISTENs on a connection of its own (not one of the pool's: a pooled connection is
 * handed to queries and cannot wait for notifications). Works on the embedded server and any
 * PostgreSQL, with no other service.
 */
export const CHANGE_CHANNEL = 'newsroom_changes';

/** This process, so that it does not apply its own changes twice. */
export const PROCESS_ID = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;

/**
 * Announces `change` to every process, this one included, once the current transaction commits
 * (or at once, outside a transaction). A rolled-back write announces nothing.
 */
export async function announce(strapi: Core.Strapi, change: Change): Promise<void> {
  if (change.scopes.length === 0) return;
  await strapi.db.transaction(async ({ trx, onCommit }) => {
    await trx.raw('SELECT pg_notify(?, ?)', [CHANGE_CHANNEL, encodeChange(PROCESS_ID, change)]);
    onCommit(() => applyChange(change));
  });
}

export interface ListenerOptions {
  /** How often the connection is checked with a query: a dead TCP peer sends no error. */
  heartbeatMs?: number;
  /** Reconnect delays grow from this to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  onState?: (state: 'listening' | 'lost', detail?: string) => void;
  /** Each change heard from another process, after it was applied. */
  onChange?: (change: Change) => void;
}

/**
 * Listens for other processes' changes and applies them. After the connection drops it
 * reconnects, and treats the gap as "everything changed"; while it is down, hearsChanges() is
 * false and the caches are not trusted.
 */
export class ChangeListener {
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private attempt = 0;
  private readonly options: Required<Omit<ListenerOptions, 'onState' | 'onChange'>> &
    ListenerOptions;

  constructor(
    private readonly connection: ClientConfig,
    options: ListenerOptions = {}
  ) {
    this.options = { heartbeatMs: 2000, retryMs: 100, maxRetryMs: 2000, ...options };
  }

  get isListening(): boolean {
    return this.listening;
  }

  async start(): Promise<void> {
    this.stopped = false;
    setHearing(() => this.listening);
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ ...this.connection, keepAlive: true });
    this.client = client;
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection closed'));
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      const decoded = decodeChange(message.payload);
      if (!decoded || decoded.origin === PROCESS_ID) return;
      applyChange(decoded.change);
      this.options.onChange?.(decoded.change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      this.lost(client, (error as Error).message);
      return;
    }
    if (this.client !== client) return;
    this.attempt = 0;
    this.listening = true;
    // Whatever was written while nobody listened is unknown: forget everything.
    applyChange(EVERYTHING);
    this.options.onState?.('listening');
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch((error: Error) => this.lost(client, error.message));
    }, this.options.heartbeatMs);
    this.heartbeat.unref();
  }

  private lost(client: Client, detail: string): void {
    if (this.client !== client) return;
    this.client = null;
    const wasListening = this.listening;
    this.listening = false;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (wasListening) {
      applyChange(EVERYTHING);
      this.options.onState?.('lost', detail);
    }
    const delay = Math.min(this.options.retryMs * 2 ** this.attempt, this.options.maxRetryMs);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}

/** The pg settings Strapi's own pool uses (config/database.ts), for the listener's connection. */
export function listenerConnection(strapi: Core.Strapi): ClientConfig {
  const connection = strapi.config.get('database.connection.connection') as ClientConfig & {
    schema?: string;
  };
  const { schema: _schema, ...pgSettings } = connection;
  return {
    ...pgSettings,
    // Not an own enumerable property there (kept out of logs), so a spread leaves it behind.
    password: connection.password,
    // Named with the pid: an operator (or a test) can tell whose listener a backend is.
    application_name: `newsroom-changes:${process.pid}`,
  };
}
