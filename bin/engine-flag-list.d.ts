/** The V8 flags of every Habeas process (engine-flag-list.js says why). */
export declare const ENGINE_FLAGS: string[];
