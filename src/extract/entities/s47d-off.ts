export const OFF = (k: string): boolean => (process.env.S47D_OFF ?? '').includes(k);
