const units = ['KiB', 'MiB', 'GiB'] as const;

/** Binary units, as the package limits are stated (200 MiB, 2 GiB): "512 B", "1.5 KiB", "12.3 MiB", "256 MiB". */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
};
