/** The `gen` binary as a user runs it: exit codes, output, and files left intact on errors. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/gen.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const dir = () => mkdtempSync(path.join(tmpdir(), 'gen-cli-'));

describe('gen validate', () => {
  it('prints a summary for a valid file', () => {
    const d = dir();
    writeFileSync(path.join(d, 'schema.dbml'), 'Table users {\n  id int [pk]\n}\nTable posts {\n  id int [pk]\n  user_id int [ref: > users.id]\n}\n');
    const r = run(['validate'], d);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('schema.dbml: ok — 2 tables, 3 columns, 1 ref, 0 enums\n');
  });
  it('prints every error with file:line:col, the line and a caret, and exits 1', () => {
    const d = dir();
    writeFileSync(path.join(d, 'bad.dbml'), 'Table a {\n  id int [pk, pk]\n}\nTable b {\n  x int [ref: > nope.id]\n}\n');
    const r = run(['validate', 'bad.dbml'], d);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.dbml:2:11: error DUPLICATE_COLUMN_SETTING: 'pk' can only appear once\n  |\n2 |   id int [pk, pk]\n  |           ^^");
    expect(r.stderr).toMatch(/error\(s\)|2 errors in bad\.dbml/);
  });
  it('names a missing file', () => {
    const r = run(['validate', 'nope.dbml'], dir());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.dbml: no such file');
  });
});

describe('gen format', () => {
  const messy = 'table   users{\n  id   int [ PK ]\n  name numeric(10,2)   [not null]\n}\n';
  it('--check prints a unified diff and exits 1 without writing', () => {
    const d = dir();
    writeFileSync(path.join(d, 'schema.dbml'), messy);
    const r = run(['format', '--check'], d);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('-  id   int [ PK ]\n');
    expect(r.stdout).toContain('+  id int [pk]\n');
    expect(readFileSync(path.join(d, 'schema.dbml'), 'utf8')).toBe(messy);
  });
  it('rewrites canonically, then --check passes', () => {
    const d = dir();
    writeFileSync(path.join(d, 'schema.dbml'), messy);
    expect(run(['format'], d).status).toBe(0);
    expect(readFileSync(path.join(d, 'schema.dbml'), 'utf8')).toBe('Table users {\n  id int [pk]\n  name numeric(10, 2) [not null]\n}\n');
    expect(run(['format', '--check'], d).status).toBe(0);
  });
  it('leaves a file with errors untouched', () => {
    const d = dir();
    writeFileSync(path.join(d, 'schema.dbml'), 'Table t {\n  id int [pk\n');
    expect(run(['format'], d).status).toBe(1);
    expect(readFileSync(path.join(d, 'schema.dbml'), 'utf8')).toBe('Table t {\n  id int [pk\n');
  });
  it('keeps comments on their own lines and at line ends', () => {
    const d = dir();
    const src = '// users of the shop\ntable users { // people\n  // the key\n  id int [pk] // surrogate\n  name   text\n  // end of columns\n}\n// trailing\n';
    writeFileSync(path.join(d, 'schema.dbml'), src);
    expect(run(['format'], d).status).toBe(0);
    expect(readFileSync(path.join(d, 'schema.dbml'), 'utf8')).toBe('// users of the shop\nTable users { // people\n  // the key\n  id int [pk] // surrogate\n  name text\n  // end of columns\n}\n\n// trailing\n');
  });
  it('refuses, and changes nothing, when a comment has no place', () => {
    const d = dir();
    const src = 'Table t {\n  id int [pk, /* inside */ unique]\n}\n';
    writeFileSync(path.join(d, 'schema.dbml'), src);
    const r = run(['format'], d);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('schema.dbml:2:15: error FORMAT_COMMENT');
    expect(readFileSync(path.join(d, 'schema.dbml'), 'utf8')).toBe(src);
  });
  it('the example schema is canonical', () => {
    const out = execFileSync(process.execPath, [bin, 'format', '--check', path.resolve(import.meta.dirname, '../schema.example.dbml')], { encoding: 'utf8' });
    expect(out).toBe('');
  });
});
