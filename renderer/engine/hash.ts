// A stable hash of typed arrays and numbers, as 16 hex digits. Written here because the engine imports
// nothing; it reads 32-bit words (every engine array is a multiple of 4 bytes, and all targets of the app are
// little-endian), mixing two independent 32-bit lanes with multiply-rotate steps in the manner of MurmurHash3.

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

export class StateHasher {
  private h1 = 0x811c9dc5 | 0;
  private h2 = 0x6a09e667 | 0;
  private count = 0;

  private word(w: number): void {
    let k = Math.imul(w | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    let h1 = this.h1 ^ k;
    h1 = (h1 << 13) | (h1 >>> 19);
    this.h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    let h2 = this.h2 ^ Math.imul(w | 0, 0x85ebca77);
    h2 = (h2 << 17) | (h2 >>> 15);
    this.h2 = (Math.imul(h2, 0xc2b2ae3d) + 0x27d4eb2f) | 0;
    this.count++;
  }

  number(x: number): this {
    scratch[0] = x;
    this.word(scratchWords[0]!);
    this.word(scratchWords[1]!);
    return this;
  }

  text(s: string): this {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
    return this;
  }

  array(a: Float32Array | Float64Array | Uint32Array | Int32Array | Uint8Array): this {
    this.word(a.byteLength);
    if ((a.byteOffset & 3) !== 0) {
      // An unaligned byte view: gather its words byte by byte.
      const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      for (let i = 0; i < bytes.length; i += 4) {
        let w = 0;
        for (let j = 0; j < 4 && i + j < bytes.length; j++) w |= bytes[i + j]! << (8 * j);
        this.word(w);
      }
      return this;
    }
    const whole = a.byteLength >>> 2;
    const words = new Uint32Array(a.buffer, a.byteOffset, whole);
    // `word` written out over the array with the state in locals: the same hash, several times faster on
    // the megabytes of a large swarm's state.
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < whole; i++) {
      const w = words[i]! | 0;
      let k = Math.imul(w, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, 0x1b873593);
      h1 ^= k;
      h1 = (h1 << 13) | (h1 >>> 19);
      h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
      h2 ^= Math.imul(w, 0x85ebca77);
      h2 = (h2 << 17) | (h2 >>> 15);
      h2 = (Math.imul(h2, 0xc2b2ae3d) + 0x27d4eb2f) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.count += whole;
    const rest = a.byteLength & 3;
    if (rest > 0) {
      const bytes = new Uint8Array(a.buffer, a.byteOffset + whole * 4, rest);
      let w = 0;
      for (let i = 0; i < rest; i++) w |= bytes[i]! << (8 * i);
      this.word(w);
    }
    return this;
  }

  digest(): string {
    let a = this.h1 ^ this.count;
    let b = this.h2 ^ this.count;
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
    a ^= a >>> 16;
    b = (b + a) | 0;
    b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
    b = Math.imul(b ^ (b >>> 12), 0x297a2d39);
    b ^= b >>> 15;
    a = (a + b) | 0;
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  }
}
