/**
 * The gazetteer packed into typed arrays and byte blobs, so that it can be
 * written to disk once and mapped back in a few milliseconds instead of being
 * re-parsed from 200,000 GeoNames rows at every start.
 *
 * Layout: places as columns (coordinates, population, and string-table ids
 * for id, name, class, code, country, admin-1, source); three name tables
 * (exact folded names, names without the Arabic article, skeleton keys), each
 * an open-addressing hash table over UTF-8 keys with posting lists of place
 * numbers.
 */

import { closeSync, openSync, readSync } from "node:fs";

export interface NameTable {
  /** UTF-8 bytes of all keys, back to back. */
  keys: Uint8Array;
  /** Key k is keys[keyStart[k] .. keyStart[k+1]). */
  keyStart: Uint32Array;
  /** Places of key k are postings[postStart[k] .. postStart[k+1]). */
  postStart: Uint32Array;
  postings: Uint32Array;
  /** Hash slots: key number + 1, or 0 for empty. Length is a power of two. */
  slots: Uint32Array;
}

export interface GazetteerIndex {
  size: number;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  /** Per place, 10 string-table ids: id, name, featureClass, featureCode, country, admin1, source, admin2Pcode, admin3Pcode, pcode. */
  fields: Uint32Array;
  strings: Uint8Array;
  stringStart: Uint32Array;
  exact: NameTable;
  article: NameTable;
  skeleton: NameTable;
  loose: NameTable;
  /** Common words of the language (keys only): a capitalised one is a place only with support. */
  words: NameTable;
  /** First words of the names of more than one word (keys only): a run of words starting otherwise names no place. */
  heads: NameTable;
}

export const PLACE_FIELDS = 10;

const encoder = new TextEncoder();

/** FNV-1a over bytes. */
export function hashBytes(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Packs key → place-number lists into a hash table. */
export function packNameTable(map: Map<string, number[]>): NameTable {
  const keyList = [...map.keys()];
  const encoded = keyList.map((k) => encoder.encode(k));
  const keyStart = new Uint32Array(keyList.length + 1);
  let total = 0;
  encoded.forEach((e, k) => {
    keyStart[k] = total;
    total += e.length;
  });
  keyStart[keyList.length] = total;
  const keys = new Uint8Array(total);
  encoded.forEach((e, k) => keys.set(e, keyStart[k]!));
  const postStart = new Uint32Array(keyList.length + 1);
  let nPost = 0;
  keyList.forEach((k, i) => {
    postStart[i] = nPost;
    nPost += map.get(k)!.length;
  });
  postStart[keyList.length] = nPost;
  const postings = new Uint32Array(nPost);
  keyList.forEach((k, i) => postings.set(map.get(k)!, postStart[i]!));
  let cap = 1;
  while (cap < keyList.length * 2) cap <<= 1;
  const slots = new Uint32Array(cap);
  const mask = cap - 1;
  encoded.forEach((e, k) => {
    let s = hashBytes(e) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  });
  return { keys, keyStart, postStart, postings, slots };
}

/** Whether the table has the key at all (a word list has keys without postings). */
export function hasKey(table: NameTable, key: string): boolean {
  return keyNumber(table, key) >= 0;
}

/** UTF-8 bytes of the key being looked up: one buffer reused by every lookup (a fresh array per call dominated cold lookups). */
let scratch = new Uint8Array(256);

/**
 * Writes `key` as UTF-8 into the scratch buffer and returns its length. One call for every key: a loop over the key's
 * characters for ASCII compiled to generic reads (keys come in several of V8's string representations), and its
 * fallback for the first non-ASCII key of a stream sent the optimised lookup back to the compiler.
 */
function encodeKey(key: string): number {
  const n = key.length;
  if (scratch.length < 3 * n) scratch = new Uint8Array(3 * n + 16);
  return encoder.encodeInto(key, scratch).written;
}

/** The key last encoded into the scratch buffer, its length and hash: a lookup probes several tables with one key. */
let lastKey = "";
let lastLength = 0;
let lastHash = 0x811c9dc5;

/** The key's number in the table, or -1 when the table lacks it. */
export function keyNumber(table: NameTable, key: string): number {
  const mask = table.slots.length - 1;
  if (mask < 0) return -1;
  if (key !== lastKey) {
    lastLength = encodeKey(key);
    lastHash = hashBytes(scratch, 0, lastLength);
    lastKey = key;
  }
  const len = lastLength;
  const q = scratch;
  let s = lastHash & mask;
  const { slots, keyStart, keys } = table;
  for (;;) {
    const k1 = slots[s]!;
    if (k1 === 0) return -1;
    const k = k1 - 1;
    const a = keyStart[k]!;
    if (keyStart[k + 1]! - a === len) {
      let i = 0;
      while (i < len && keys[a + i] === q[i]) i++;
      if (i === len) return k;
    }
    s = (s + 1) & mask;
  }
}

// ---- serialisation: a small JSON header, then 8-byte-aligned sections ----

const MAGIC = "ATLASGAZ";
type Section = { name: string; type: "u8" | "u32" | "f64"; offset: number; length: number };

function sectionsOf(index: GazetteerIndex): Array<[string, Uint8Array | Uint32Array | Float64Array]> {
  const out: Array<[string, Uint8Array | Uint32Array | Float64Array]> = [
    ["lat", index.lat],
    ["lon", index.lon],
    ["population", index.population],
    ["fields", index.fields],
    ["strings", index.strings],
    ["stringStart", index.stringStart],
  ];
  for (const t of ["exact", "article", "skeleton", "loose", "words", "heads"] as const) {
    const table = index[t];
    out.push([`${t}.keys`, table.keys], [`${t}.keyStart`, table.keyStart], [`${t}.postStart`, table.postStart], [`${t}.postings`, table.postings], [`${t}.slots`, table.slots]);
  }
  return out;
}

/** The index as one buffer; `meta` (e.g. what it was built from) is stored in the header. */
export function serializeIndex(index: GazetteerIndex, meta: Record<string, unknown>): Buffer {
  const parts = sectionsOf(index);
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, arr] of parts) {
    offset = Math.ceil(offset / 8) * 8;
    const type = arr instanceof Float64Array ? "f64" : arr instanceof Uint32Array ? "u32" : "u8";
    sections.push({ name, type, offset, length: arr.length });
    offset += arr.byteLength;
  }
  const header = Buffer.from(JSON.stringify({ meta, size: index.size, sections }), "utf8");
  const headerLen = Math.ceil((MAGIC.length + 4 + header.length) / 8) * 8;
  const out = Buffer.alloc(headerLen + offset);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  parts.forEach(([, arr], i) => {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
    out.set(bytes, headerLen + sections[i]!.offset);
  });
  return out;
}

/** Reads the header only: the `meta` an index was stored with, or null when the buffer is not an index. */
export function readIndexMeta(buf: Uint8Array): Record<string, unknown> | null {
  if (buf.length < MAGIC.length + 4 || Buffer.from(buf.subarray(0, MAGIC.length)).toString("latin1") !== MAGIC) return null;
  const len = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).readUInt32LE(MAGIC.length);
  try {
    return JSON.parse(Buffer.from(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + len)).toString("utf8")).meta ?? null;
  } catch {
    return null;
  }
}

type SectionArray = Float64Array | Uint32Array | Uint8Array;

/** One name table from its five sections, read by `get` (from a buffer or a file). */
function nameTable(get: (name: string) => SectionArray, t: string): NameTable {
  return {
    keys: get(`${t}.keys`) as Uint8Array,
    keyStart: get(`${t}.keyStart`) as Uint32Array,
    postStart: get(`${t}.postStart`) as Uint32Array,
    postings: get(`${t}.postings`) as Uint32Array,
    slots: get(`${t}.slots`) as Uint32Array,
  };
}

/** The per-place arrays of an index, read by `get`. */
function placeArrays(get: (name: string) => SectionArray) {
  return {
    lat: get("lat") as Float64Array,
    lon: get("lon") as Float64Array,
    population: get("population") as Float64Array,
    fields: get("fields") as Uint32Array,
    strings: get("strings") as Uint8Array,
    stringStart: get("stringStart") as Uint32Array,
  };
}

/** Views over a serialised index; no copy when the buffer is 8-byte aligned. */
export function deserializeIndex(input: Uint8Array): GazetteerIndex {
  const buf = input.byteOffset % 8 === 0 ? input : new Uint8Array(input);
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) throw new Error("not a gazetteer index");
  const len = view.readUInt32LE(MAGIC.length);
  const header = JSON.parse(view.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString("utf8")) as { size: number; sections: Section[] };
  const headerLen = Math.ceil((MAGIC.length + 4 + len) / 8) * 8;
  const get = (name: string) => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`gazetteer index lacks section ${name}`);
    const at = buf.byteOffset + headerLen + s.offset;
    if (s.type === "f64") return new Float64Array(buf.buffer, at, s.length);
    if (s.type === "u32") return new Uint32Array(buf.buffer, at, s.length);
    return new Uint8Array(buf.buffer, at, s.length);
  };
  const table = (t: string) => nameTable(get, t);
  return {
    size: header.size,
    ...placeArrays(get),
    exact: table("exact"),
    article: table("article"),
    skeleton: table("skeleton"),
    loose: table("loose"),
    words: table("words"),
    heads: table("heads"),
  };
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error("gazetteer index is truncated");
    done += n;
  }
}

/**
 * Reads an index file section by section, when `accept` takes the meta it was stored with (null otherwise, or when the
 * file is not an index). Every section is read here, none later on first use: a load that left part of its reading to
 * the first lookups would report less than it costs (the loosest keys' tables are a fifth of the file, 3–14 ms).
 */
export function readIndexFile(path: string, accept: (meta: Record<string, unknown> | null) => boolean): GazetteerIndex | null {
  const fd = openSync(path, "r");
  try {
    const pre = new Uint8Array(MAGIC.length + 4);
    readFully(fd, pre, 0);
    const preView = Buffer.from(pre.buffer, pre.byteOffset, pre.byteLength);
    if (preView.toString("latin1", 0, MAGIC.length) !== MAGIC) return null;
    const len = preView.readUInt32LE(MAGIC.length);
    const headerBytes = new Uint8Array(len);
    readFully(fd, headerBytes, MAGIC.length + 4);
    const header = JSON.parse(Buffer.from(headerBytes.buffer).toString("utf8")) as { meta?: Record<string, unknown>; size: number; sections: Section[] };
    if (!accept(header.meta ?? null)) return null;
    const headerLen = Math.ceil((MAGIC.length + 4 + len) / 8) * 8;
    const byName = new Map(header.sections.map((s) => [s.name, s]));
    const section = (name: string): SectionArray => {
      const s = byName.get(name);
      if (!s) throw new Error(`gazetteer index lacks section ${name}`);
      const width = s.type === "f64" ? 8 : s.type === "u32" ? 4 : 1;
      // Not zero-filled first: the read overwrites every byte (or throws).
      const bytes = new Uint8Array(Buffer.allocUnsafeSlow(s.length * width).buffer, 0, s.length * width);
      readFully(fd, bytes, headerLen + s.offset);
      if (s.type === "f64") return new Float64Array(bytes.buffer, 0, s.length);
      if (s.type === "u32") return new Uint32Array(bytes.buffer, 0, s.length);
      return bytes;
    };
    const table = (t: string) => nameTable(section, t);
    return {
      size: header.size,
      ...placeArrays(section),
      exact: table("exact"),
      article: table("article"),
      skeleton: table("skeleton"),
      loose: table("loose"),
      words: table("words"),
      heads: table("heads"),
    };
  } finally {
    closeSync(fd);
  }
}
