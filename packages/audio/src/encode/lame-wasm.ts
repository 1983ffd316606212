import { LAME_WASM_BASE64 } from '../../vendor/lame/lame-wasm-bytes.ts';

/** Options of {@link createLameEncoder}: a CBR MPEG Layer III encoder. */
export interface LameOptions {
  sampleRate: number;
  channels: 1 | 2;
  bitrateKbps: number;
  /** LAME's algorithm quality, 0 (best, slowest) to 9 (fastest); LAME's own default is 3. */
  quality: number;
}

/** A LAME encoder in its own WebAssembly instance. Returned bytes are copies the caller owns. */
export interface LameEncoder {
  /** Encodes samples in [-1, 1] (`right` is ignored for mono); may return no bytes while LAME fills frames. */
  encode(left: Float32Array, right: Float32Array): Uint8Array;
  /** Pads and encodes the last frames and releases the encoder. */
  flush(): Uint8Array;
}

/** The part of the WebAssembly JS API used here; the project's TypeScript libs do not declare it. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, WasmImports>) => { exports: unknown };
};
type WasmModule = object;
type WasmImports = Record<string, (...args: never[]) => unknown>;

interface BridgeExports {
  memory: { readonly buffer: ArrayBuffer };
  _initialize(): void;
  enc_block_size(): number;
  enc_init(sampleRate: number, channels: number, bitrateKbps: number, quality: number): number;
  enc_left(encoder: number): number;
  enc_right(encoder: number): number;
  enc_output(encoder: number): number;
  enc_encode(encoder: number, samples: number): number;
  enc_flush(encoder: number): number;
  enc_close(encoder: number): void;
}

const WASI_ESPIPE = 70;

let compiled: WasmModule | undefined;

/** lame.wasm (vendor/lame, see its README), compiled once per thread. */
function lameModule(): WasmModule {
  compiled ??= new WebAssembly.Module(Buffer.from(LAME_WASM_BASE64, 'base64'));
  return compiled;
}

/** The WASI calls wasi-libc links in: writes to stderr are dropped, nothing else is reachable. */
function wasiStubs(memory: () => ArrayBuffer): WasmImports {
  return {
    fd_write(_fd: number, iovs: number, iovsLength: number, written: number): number {
      const view = new DataView(memory());
      let bytes = 0;
      for (let i = 0; i < iovsLength; i++) bytes += view.getUint32(iovs + 8 * i + 4, true);
      view.setUint32(written, bytes, true);
      return 0;
    },
    fd_close: () => 0,
    fd_seek: () => WASI_ESPIPE,
    proc_exit(code: number): never {
      throw new Error(`lame.wasm exited with status ${code}`);
    },
  };
}

function check(result: number, call: string): number {
  if (result < 0) throw new Error(`LAME ${call} failed with error ${result}`);
  return result;
}

/** Starts an encoder; throws if LAME rejects the sample rate, bitrate or channel count. */
export function createLameEncoder(options: LameOptions): LameEncoder {
  let lame: BridgeExports | undefined;
  const instance = new WebAssembly.Instance(lameModule(), { wasi_snapshot_preview1: wasiStubs(() => lame!.memory.buffer) });
  lame = instance.exports as unknown as BridgeExports;
  lame._initialize();
  const block = lame.enc_block_size();
  let handle = lame.enc_init(options.sampleRate, options.channels, options.bitrateKbps, options.quality);
  if (handle === 0) throw new RangeError(`LAME rejects ${options.channels} channel(s) at ${options.sampleRate} Hz, ${options.bitrateKbps} kbit/s`);
  const left = lame.enc_left(handle);
  const right = lame.enc_right(handle);
  const output = lame.enc_output(handle);

  function live(): BridgeExports {
    if (handle === 0) throw new Error('LAME encoder already flushed');
    return lame!;
  }

  return {
    encode(leftIn, rightIn) {
      const exports = live();
      if (options.channels === 2 && rightIn.length !== leftIn.length) throw new RangeError('left and right differ in length');
      const blocks = Math.ceil(leftIn.length / block);
      const out = new Uint8Array(Math.ceil(leftIn.length * 1.25) + 7200 * blocks);
      let length = 0;
      for (let start = 0; start < leftIn.length; start += block) {
        const n = Math.min(block, leftIn.length - start);
        new Float32Array(exports.memory.buffer, left, n).set(leftIn.subarray(start, start + n));
        new Float32Array(exports.memory.buffer, right, n).set((options.channels === 2 ? rightIn : leftIn).subarray(start, start + n));
        const bytes = check(exports.enc_encode(handle, n), 'encode');
        out.set(new Uint8Array(exports.memory.buffer, output, bytes), length);
        length += bytes;
      }
      return out.slice(0, length);
    },
    flush() {
      const exports = live();
      const bytes = check(exports.enc_flush(handle), 'flush');
      const out = new Uint8Array(exports.memory.buffer, output, bytes).slice();
      exports.enc_close(handle);
      handle = 0;
      return out;
    },
  };
}
