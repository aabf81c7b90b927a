// Without the optional peer chdb, the emulator entry still imports, and starting it says what to install.
import assert from 'node:assert/strict';
import { CHDB_INSTALL_HINT, startEmulator } from 'paid-analytics-react/emulator';

const error = await startEmulator({ port: 0 }).then(
  () => assert.fail('the emulator started without chdb'),
  (thrown) => thrown,
);
assert.equal(error.message, CHDB_INSTALL_HINT);
assert.match(error.message, /npm i -D chdb/);
console.log(JSON.stringify({ ok: true, hint: error.message }));
