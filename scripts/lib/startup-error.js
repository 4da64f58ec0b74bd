// @ts-check
'use strict';

/**
 * A start-up failure a newcomer can act on: the launcher prints its message as one line
 * (what went wrong and the fix), without a stack trace, and exits 1.
 */
class StartupError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'StartupError';
  }
}

module.exports = { StartupError };
