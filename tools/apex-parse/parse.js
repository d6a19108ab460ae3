#!/usr/bin/env node
// Parses every Apex class (*.cls) and trigger (*.trigger) under the given folders with the ANTLR-based
// @apexdevtools/apex-parser (the grammar used by Apex Dev Tools) and fails on any lexer or parser error.
// Usage: node tools/apex-parse/parse.js <folder> [<folder> ...]
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ApexParserFactory, ApexErrorListener } = require('@apexdevtools/apex-parser');

class CollectingListener extends ApexErrorListener {
  constructor() {
    super();
    this.errors = [];
  }

  apexSyntaxError(line, column, message) {
    this.errors.push(`${line}:${column} ${message}`);
  }
}

function apexFilesUnder(folder) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...apexFilesUnder(full));
    } else if (entry.name.endsWith('.cls') || entry.name.endsWith('.trigger')) {
      found.push(full);
    }
  }
  return found;
}

function parseFile(file) {
  const source = fs.readFileSync(file, 'utf8');
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  if (file.endsWith('.trigger')) {
    parser.triggerUnit();
  } else {
    parser.compilationUnit();
  }
  return listener.errors;
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: parse.js <folder> [<folder> ...]');
  process.exit(2);
}

const files = folders.flatMap(apexFilesUnder).sort();
if (files.length === 0) {
  console.error(`no Apex files (*.cls, *.trigger) under ${folders.join(', ')}`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  const errors = parseFile(file);
  if (errors.length > 0) {
    failed++;
    for (const error of errors) {
      console.error(`${file}:${error}`);
    }
  }
}
console.log(`apex-parse: ${files.length - failed} of ${files.length} Apex files parsed without errors`);
process.exit(failed === 0 ? 0 : 1);
