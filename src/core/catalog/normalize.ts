/**
 * Name normalisation shared by the GPU and model catalogs. People write the same thing many ways
 * (`A100_80GB`, `a100-80gb`, `nvidia-a100-80gb`, `NVIDIA A100 80GB`): we compare keys made of the
 * lower-cased letters, digits and dots only, after dropping vendor words that carry no identity.
 */

const GPU_NOISE = /^(nvidia|amd|intel|google|habana|tesla|instinct|cloud|gpu)+/;

/** Lower-case, keep [a-z0-9.], drop separators. `"Meta-Llama 3_8B"` → `"metallama38b"`. */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, "");
}

/** Key for GPU names: squashed, vendor words removed, repeated `tesla`/`nvidia` prefixes too. */
export function gpuKey(name: string): string {
  let key = squash(name);
  let previous = "";
  while (key !== previous) {
    previous = key;
    key = key.replace(GPU_NOISE, "");
  }
  return key;
}

/**
 * Key for model names: the last path segment of a repo id (`meta-llama/Meta-Llama-3-8B` → `Meta-Llama-3-8B`),
 * lower-cased with separators removed and a leading `meta` dropped (Meta's repos say `Meta-Llama-3-…`).
 */
export function modelKey(name: string): string {
  const last = name.trim().replace(/\/+$/, "").split("/").pop() ?? "";
  return squash(last).replace(/^meta(?=llama)/, "");
}
