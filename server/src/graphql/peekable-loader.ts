/**
 * A DataLoader that also answers at once for keys whose value it already holds (primed, or loaded
 * earlier in the request). A field resolver that returns a value rather than a promise lets graphql-js
 * complete its object without waiting on it: the plan page's comments (author, viewerCan) then cost
 * no promise each.
 */
import DataLoader from "dataloader";

export class PeekableLoader<K, V> extends DataLoader<K, V> {
  private readonly known: Map<K, V>;
  /** Bumped by clearAll: a batch that started before it must not refill what it emptied. */
  private readonly generation: { value: number };

  constructor(batch: DataLoader.BatchLoadFn<K, V>) {
    const known = new Map<K, V>();
    const generation = { value: 0 };
    super(async (keys) => {
      const started = generation.value;
      const values = await batch(keys);
      if (generation.value === started) {
        keys.forEach((key, index) => {
          const value = values[index];
          if (!(value instanceof Error)) known.set(key, value);
        });
      }
      return values;
    });
    this.known = known;
    this.generation = generation;
  }

  /** The value if it is already known; undefined means "ask `load`". */
  peek(key: K): V | undefined {
    return this.known.get(key);
  }

  /** The value now when known, else the promise of `load`. */
  loadNow(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    // As DataLoader: a key it already holds keeps its value.
    if (!this.known.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.generation.value++;
    return super.clearAll();
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** `next(value)` now when the value is known, after it arrives otherwise (see `loadNow`). */
export function whenKnown<T, R>(value: T | Promise<T>, next: (known: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
