/**
 * The document properties as one job run sees them: read in one call (getProperties) the first
 * time a value is asked for, written through on every change. A job holds the document lock for
 * its whole run and everything that writes these properties takes that lock first, so nobody
 * else can change them while the run holds its copy.
 */
type Properties = GoogleAppsScript.Properties.Properties;

export function heldProperties(open: () => Properties): () => Properties {
  let store: Properties | undefined;
  let values: Record<string, string> | undefined;
  const all = () => {
    store ??= open();
    values ??= store.getProperties();
    return values;
  };
  const held = {
    getProperty: (key: string) => all()[key] ?? null,
    setProperty(key: string, value: string) {
      all();
      store!.setProperty(key, value);
      values![key] = value;
      return held;
    },
    setProperties(changes: Record<string, string>) {
      all();
      store!.setProperties(changes);
      Object.assign(values!, changes);
      return held;
    },
    deleteProperty(key: string) {
      // Deleting what is not there would be a wasted call.
      if (!(key in all())) return held;
      store!.deleteProperty(key);
      delete values![key];
      return held;
    },
  };
  // Only the methods the jobs use; the rest of the Properties interface is never called.
  return () => held as unknown as Properties;
}
