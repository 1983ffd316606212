/** One espeak-ng command line run: its arguments and the voice variant files it needs. */
export interface EspeakRun {
  args: string[];
  /** Variant files to place in `espeak-ng-data/voices/!v/`, by name. */
  variants: ReadonlyMap<string, string>;
  /** When set, `-w <path>` is added and the WAV bytes are returned. */
  wantWav: boolean;
}

/** Result of an {@link EspeakRun}. */
export interface EspeakOutput {
  stdout: string[];
  wav?: Uint8Array;
}

/** Runs espeak-ng as a separate program (GPL-3.0 stays out of the service process). */
export interface EspeakRunner {
  run(request: EspeakRun): Promise<EspeakOutput>;
  close(): Promise<void>;
}
