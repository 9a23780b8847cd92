// `ledger:remember`: "remember on this device" switched on or off from Settings, for an unlocked ledger.
import { RapportError } from '../../contract/errors.ts';
import { keystoreAllowsRemember } from '../../store/keystore.ts';
import { forgetDevice } from '../../store/ledger.ts';
import { rememberOnDevice } from '../../store/remember.ts';
import { requireLedger, type Handlers } from '../context.ts';

export const rememberHandlers: Pick<Handlers, 'ledger:remember'> = {
  'ledger:remember': async (session, input) => {
    // Only an unlocked ledger: a locked app must not change how it can be opened.
    requireLedger(session);
    const { ledgerPath, keystore } = session.options;
    if (input.on) {
      // Refuse before spending a key derivation on it.
      if (!keystoreAllowsRemember(keystore)) {
        throw new RapportError('KEYSTORE_UNAVAILABLE', 'This device cannot keep the key safely; the passphrase stays the only way in.');
      }
      await rememberOnDevice(ledgerPath, input.passphrase, keystore);
    } else {
      forgetDevice(ledgerPath);
    }
    const status = await session.call('ledger:status', {});
    if (!status.ok) throw new RapportError(status.error.code, status.error.message);
    return status.value;
  },
};
