export declare const CONFIG_DIR: string;
export declare const OUTPUT_PATH: string;
export interface SnapshotFiles {
  folder: string;
  repo: string;
  copiedFrom: string;
  section: string | null;
  verbatim: boolean;
  read: string;
  config: string;
  index: string | null;
}
export declare function readSnapshots(dir?: string): SnapshotFiles[];
export declare function snapshotRow(
  s: SnapshotFiles,
  parse: (text: string, options: object) => unknown,
): unknown;
export declare function generate(
  parse: (text: string, options: never) => { arch: unknown; problems: { message: string }[] },
  dir?: string,
): Promise<string>;
