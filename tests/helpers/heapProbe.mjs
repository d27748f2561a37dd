// Preloaded (node --import) into a bot process started by a test: on the message "heap" it runs a
// full garbage collection (the process runs with --expose-gc) and answers with the heap in use.
// The bot's own code knows nothing of it.
process.on('message', (message) => {
  if (message !== 'heap') return;
  globalThis.gc?.();
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});
// The test's exit closes the channel: never outlive it.
process.on('disconnect', () => process.exit(0));
