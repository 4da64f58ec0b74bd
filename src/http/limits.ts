import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Request line and headers together. Node's default (16 KB) cut off long filter URLs that sites
 * build; 64 KB leaves room for them and is still far from a memory concern.
 */
export const MAX_HEADER_BYTES = 64 * 1024;

/** What Node's HTTP parser found wrong, as Strapi's error shape. */
export function clientErrorResponse(code: string | undefined): string {
  const tooLarge = code === 'HPE_HEADER_OVERFLOW';
  const timeout = code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const status = tooLarge ? 431 : timeout ? 408 : 400;
  const reason = tooLarge
    ? 'Request Header Fields Too Large'
    : timeout
      ? 'Request Timeout'
      : 'Bad Request';
  const message = tooLarge
    ? `The request line and headers exceed ${MAX_HEADER_BYTES / 1024} KB`
    : timeout
      ? 'The request took too long to arrive'
      : 'The request is not valid HTTP';
  const name = tooLarge
    ? 'RequestHeaderFieldsTooLargeError'
    : timeout
      ? 'RequestTimeoutError'
      : 'BadRequestError';
  const body = JSON.stringify({ data: null, error: { status, name, message, details: {} } });
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/*
 * Requests Node refuses before Koa sees them (headers too large, malformed HTTP) got Node's bare
 * answer with no body; they get Strapi's error shape instead. `maxHeaderSize` is read per
 * connection from the server, so setting it here, after Strapi created the server, applies.
 */
export function configureHttpLimits(server: Server): void {
  (server as Server & { maxHeaderSize?: number }).maxHeaderSize = MAX_HEADER_BYTES;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
}
