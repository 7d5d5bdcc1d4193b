import { deviceStore } from './controller';
import { KEYS, loadJson, saveJson } from './storage';

/**
 * A random id for the calendar events of the plan on this device (stored with the data, so
 * "Wis mijn gegevens" starts a new one, and "use the shared plan" too: controller.ts adoptShared):
 * two children's plans never share an event UID, and the same plan downloaded again replaces its
 * events. Only the plan page asks for it, so it is not in the first load.
 */
export function calendarKey(): string {
  const store = deviceStore();
  const old = loadJson(store, KEYS.calendar, (v) => (typeof v === 'string' && /^[a-z0-9]{8,32}$/.test(v) ? v : undefined));
  if (old) return old;
  const fresh = (crypto.getRandomValues(new Uint32Array(2)) as Uint32Array).reduce((s, n) => s + n.toString(36), '').slice(0, 12).padEnd(8, '0');
  saveJson(store, KEYS.calendar, fresh);
  return fresh;
}
