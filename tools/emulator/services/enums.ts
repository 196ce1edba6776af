/**
 * Apps Script enums are objects, not strings: `e.authMode === ScriptApp.AuthMode.FULL` compares
 * identity, and `String(value)` / `value.name()` give the name. Modelling them as strings would
 * let code that compares with a string literal pass here and fail in Apps Script.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export interface EnumValue<N extends string = string> {
  name(): N;
  ordinal(): number;
  toString(): N;
  toJSON(): N;
}

export type Enum<N extends string> = Readonly<Record<N, EnumValue<N>>>;

export function makeEnum<const N extends string>(names: readonly N[]): Enum<N> {
  const entries = names.map((name, index) => {
    const value: EnumValue<N> = {
      name: () => name,
      ordinal: () => index,
      toString: () => name,
      toJSON: () => name,
    };
    return [name, Object.freeze(value)] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<N, EnumValue<N>>);
}
