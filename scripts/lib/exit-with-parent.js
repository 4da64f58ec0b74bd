// @ts-check
'use strict';
// Preloaded (`node --require`) into the app the launcher starts: if the launcher is killed
// outright (SIGKILL), the app is re-parented; it notices and exits instead of running on
// against a database the next launch will stop.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 1000).unref();
