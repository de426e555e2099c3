import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onlyInside } from '../../../../src/main/host/import-policy.js';
import { AppError } from '../../../../src/shared/api/errors.js';

let tmp: string;
let inside: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'balado-policy-'));
  inside = path.join(tmp, 'library', 'imports');
  mkdirSync(inside, { recursive: true });
  writeFileSync(path.join(inside, 'ok.mp3'), 'x');
  writeFileSync(path.join(tmp, 'secret.txt'), 'x');
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(inside, 'link.mp3'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
};

describe('onlyInside', () => {
  const policy = () => onlyInside(inside);
  it('accepts files inside the folder', () => {
    expect(policy().check(path.join(inside, 'ok.mp3'))).toBe(path.join(inside, 'ok.mp3'));
  });
  it('refuses paths outside, ../ escapes and symlinks pointing out', () => {
    expect(codeOf(() => policy().check(path.join(tmp, 'secret.txt')))).toBe('path_forbidden');
    expect(codeOf(() => policy().check(path.join(inside, '..', '..', 'secret.txt')))).toBe('path_forbidden');
    expect(codeOf(() => policy().check(path.join(inside, 'link.mp3')))).toBe('path_forbidden');
    expect(codeOf(() => policy().check(inside))).toBe('path_forbidden');
  });
  it('says file_missing for a path that does not exist', () => {
    expect(codeOf(() => policy().check(path.join(inside, 'nope.mp3')))).toBe('file_missing');
  });
});
