/** The V8 flags of every Habeas process (engine-flags.js says why). */
export declare const ENGINE_FLAGS: string[];
