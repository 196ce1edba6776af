/**
 * PropertiesService: string key-value stores for the document, the script and each user, with
 * Apps Script's limits of 9 KB a value and 500 KB a store (keys count toward the store).
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://gist.github.com/tanaikech/8b057d10fb5f2af014794e57b021c6aa (keys and values both count)
 */
import { enter, type ServiceContext } from './access';
import { identity } from './execution';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
/** What users see when a value is too large (the same text CacheService uses). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
/** https://github.com/lucasvtiradentes/gcal-sync/issues/115 */
export const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export class PropertyStore {
  private values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  entries(): [string, string][] {
    return [...this.values];
  }

  /** Applies a change all at once, or not at all when it breaks a limit. */
  update(change: (draft: Map<string, string>) => void): void {
    const draft = new Map(this.values);
    change(draft);
    let total = 0;
    for (const [key, value] of draft) {
      if (bytes(value) > VALUE_LIMIT) throw new Error(VALUE_TOO_LARGE);
      total += bytes(key) + bytes(value);
    }
    if (total > STORE_LIMIT) throw new Error(STORE_FULL);
    this.values = draft;
  }
}

/** Apps Script stores everything as a string: numbers and objects are converted on the way in. */
export class Properties {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: PropertyStore,
  ) {}

  getProperty(key: string): string | null {
    enter(this.ctx, 'Properties.getProperty');
    return this.store.get(String(key));
  }

  /** A copy, not a live view. https://developers.google.com/apps-script/guides/properties#modifying_data */
  getProperties(): Record<string, string> {
    enter(this.ctx, 'Properties.getProperties');
    return Object.fromEntries(this.store.entries());
  }

  getKeys(): string[] {
    enter(this.ctx, 'Properties.getKeys');
    return this.store.entries().map(([key]) => key);
  }

  setProperty(key: string, value: unknown): Properties {
    enter(this.ctx, 'Properties.setProperty');
    this.store.update((draft) => draft.set(String(key), String(value)));
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    enter(this.ctx, 'Properties.setProperties');
    this.store.update((draft) => {
      if (deleteAllOthers) draft.clear();
      for (const [key, value] of Object.entries(properties)) draft.set(key, String(value));
    });
    return this;
  }

  deleteProperty(key: string): Properties {
    enter(this.ctx, 'Properties.deleteProperty');
    this.store.update((draft) => draft.delete(String(key)));
    return this;
  }

  deleteAllProperties(): Properties {
    enter(this.ctx, 'Properties.deleteAllProperties');
    this.store.update((draft) => draft.clear());
    return this;
  }
}

/** The stores behind the service, readable and seedable by tests. */
export class PropertyStores {
  readonly document = new PropertyStore();
  readonly script = new PropertyStore();
  private readonly users = new Map<string, PropertyStore>();

  user(email: string): PropertyStore {
    let store = this.users.get(email);
    if (!store) {
      store = new PropertyStore();
      this.users.set(email, store);
    }
    return store;
  }
}

export class PropertiesService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly stores: PropertyStores,
  ) {}

  getDocumentProperties(): Properties {
    enter(this.ctx, 'PropertiesService.getDocumentProperties');
    return new Properties(this.ctx, this.stores.document);
  }

  getScriptProperties(): Properties {
    enter(this.ctx, 'PropertiesService.getScriptProperties');
    return new Properties(this.ctx, this.stores.script);
  }

  getUserProperties(): Properties {
    enter(this.ctx, 'PropertiesService.getUserProperties');
    return new Properties(this.ctx, this.stores.user(identity(this.ctx.rt)));
  }
}
