// Structured logging (pino). Never log personal data: redact the usual suspects as a backstop.
import pino from 'pino';
import { env } from './env';

export const logger = pino({
  level: env.NODE_ENV === 'test' ? 'warn' : env.LOG_LEVEL,
  redact: {
    paths: ['*.idNumber', '*.phone', '*.email', '*.contact', '*.password', 'req.headers.authorization', 'req.headers.cookie'],
    censor: '[redacted]',
  },
});
