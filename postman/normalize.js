#!/usr/bin/env node
// Makes Portman's output reproducible, so a regenerated collection can be diffed against the committed one:
// drops the random ids Postman gives the collection, its items, events and scripts, and the SDK's private `_`
// metadata (Postman and Newman make new ones on import; nothing refers to them), and writes indented JSON.
//
//   node postman/normalize.js IN OUT
'use strict';

const fs = require('fs');

const RANDOM_KEYS = new Set(['id', '_postman_id', '_']);

function strip(value) {
  if (Array.isArray(value)) {
    return value.map(strip);
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!RANDOM_KEYS.has(key)) {
        out[key] = strip(inner);
      }
    }
    return out;
  }
  return value;
}

function main() {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: normalize.js IN OUT');
    process.exit(2);
  }
  const collection = strip(JSON.parse(fs.readFileSync(input, 'utf8')));
  fs.writeFileSync(output, JSON.stringify(collection, null, 2) + '\n');
}

main();
