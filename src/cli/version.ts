/** The version, set at build time from package.json. */
export const VERSION: string = process.env.BRIEF_VERSION ?? '0.0.0-dev';
