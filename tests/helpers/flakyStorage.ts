/** A botbuilder Storage that can be switched to failing, like a full disk or a Redis that went away. */
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/** Storage wrapper whose operations throw while `failing` is set. */
export class FlakyStorage implements Storage {
  failing: 'read' | 'write' | 'all' | undefined;
  failures = 0;

  constructor(private readonly inner: Storage = new MemoryStorage()) {}

  async read(keys: string[]): Promise<StoreItems> {
    this.maybeFail('read');
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    this.maybeFail('write');
    return this.inner.write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    this.maybeFail('write');
    return this.inner.delete(keys);
  }

  private maybeFail(op: 'read' | 'write'): void {
    if (this.failing === 'all' || this.failing === op) {
      this.failures++;
      throw Object.assign(
        new Error(op === 'write' ? 'SQLITE_FULL: database or disk is full' : 'ECONNREFUSED: state store unavailable'),
        { code: op === 'write' ? 'SQLITE_FULL' : 'ECONNREFUSED' },
      );
    }
  }
}
