// Its own module: the fetcher (on the page workers too) says a download too large as a file is said, without the
// library's reader.

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Why a file or a download is too large, with sizes that read differently: in bytes when megabytes would round the
 * same. `size` null: not known (a download stopped at the limit), and only the limit is said. A file and an address
 * said it in two ways ("too large (the limit is 10 MB)", "larger than the 10.0 MB limit (10.0 MB or more)").
 */
export function tooLarge(size: number | null, limit: number): string {
  if (size === null) return `too large (the limit is ${megabytes(limit)})`;
  const [a, b] = [megabytes(size), megabytes(limit)];
  if (a !== b) return `too large (${a}; the limit is ${b})`;
  return `too large (${size.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')})`;
}
