/**
 * Decodes Stripe's form encoding (`a[b][0][c]=x`, `expand[]=y`) into nested values.
 * Objects whose keys are all 0..n-1 become arrays, because the SDK sends arrays as `key[0]`,
 * `key[1]` while curl users send `key[]`.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function decodeForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const keys = splitKey(rawKey);
    assign(root, keys, value);
  }
  return normalise(root);
}

function splitKey(raw: string): string[] {
  const first = raw.indexOf('[');
  if (first === -1) return [raw];
  const keys = [raw.slice(0, first)];
  for (const match of raw.slice(first).matchAll(/\[([^\]]*)\]/g)) keys.push(match[1] ?? '');
  return keys;
}

function assign(target: FormObject, keys: string[], value: string): void {
  let node = target;
  keys.forEach((key, index) => {
    // `[]` appends: give it the next free integer key, then normalise turns it into an array.
    const name = key === '' ? String(Object.keys(node).length) : key;
    if (index === keys.length - 1) {
      node[name] = value;
      return;
    }
    const existing = node[name];
    if (existing !== undefined && typeof existing === 'object' && !Array.isArray(existing)) {
      node = existing;
      return;
    }
    const child: FormObject = {};
    node[name] = child;
    node = child;
  });
}

function normalise(value: FormObject): FormObject;
function normalise(value: FormValue): FormValue;
function normalise(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, normalise(v)] as const);
  const isList = entries.length > 0 && entries.every(([k], i) => k === String(i));
  if (isList) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}
