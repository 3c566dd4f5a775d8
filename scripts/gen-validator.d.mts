export declare const SCHEMA_PATH: string;
export declare const OUTPUT_PATH: string;
export declare const AJV_OPTIONS: Record<string, unknown>;
export declare function generate(): string;
