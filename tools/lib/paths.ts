import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const BLUEPRINT_PACKAGE = path.join(DIST, 'tiergate.blueprint');
export const PAYMENTER_PACKAGE = path.join(DIST, 'tiergate-paymenter.zip');
export const ADMIN_BUNDLE_DIR = path.join(ROOT, 'blueprint', 'public');
