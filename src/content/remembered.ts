/**
 * A function of a string with its answers remembered, at most `max` of them, all forgotten at
 * once when full, so that hostile text of endless distinct words cannot grow it without bound.
 * For the content core's hot paths: an archive writes the same few thousand names, syllables and
 * words millions of times, and folding one (Unicode normalisation twice) costs more than a lookup.
 */
export function remembered<V>(compute: (key: string) => V, max = 100_000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= max) known.clear();
      known.set(key, (value = compute(key)));
    }
    return value;
  };
}
