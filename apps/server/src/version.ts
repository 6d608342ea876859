/** The version reported by /api/health, taken from the server package at build time. */
import serverPackage from '../package.json';

export const VERSION: string = serverPackage.version;
