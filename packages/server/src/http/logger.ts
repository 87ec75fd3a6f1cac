import type { FastifyServerOptions } from 'fastify';

/**
 * Request logs never hold identifiers: the query string (which may carry an ID number or a name
 * being searched) is dropped, and cookies, tokens and passwords are redacted.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
      '*.password',
      '*.idNumber',
      '*.name',
    ],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
    },
  };
}
