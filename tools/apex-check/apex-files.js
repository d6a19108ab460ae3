// Lists the Apex classes (*.cls), triggers (*.trigger) and anonymous Apex scripts (*.apex) under folders, sorted, for the
// checks in this folder.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

function apexFilesUnder(folder) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...apexFilesUnder(full));
    } else if (entry.name.endsWith('.cls') || entry.name.endsWith('.trigger') || entry.name.endsWith('.apex')) {
      found.push(full);
    }
  }
  return found;
}

/** The Apex files under every folder of argv, or exits 2 (usage) / 1 (nothing found). */
function apexFilesFromArguments(tool, argv) {
  if (argv.length === 0) {
    console.error(`usage: ${tool} <folder> [<folder> ...]`);
    process.exit(2);
  }
  const files = argv.flatMap(apexFilesUnder).sort();
  if (files.length === 0) {
    console.error(`${tool}: no Apex files (*.cls, *.trigger, *.apex) under ${argv.join(', ')}`);
    process.exit(1);
  }
  return files;
}

/** Prints findings as `file:line:column message` and a closing count; returns the exit code. */
function report(tool, files, findingsByFile) {
  let failedFiles = 0;
  let findings = 0;
  for (const file of files) {
    const list = findingsByFile.get(file) ?? [];
    if (list.length > 0) {
      failedFiles++;
      findings += list.length;
      for (const finding of list) {
        console.error(`${file}:${finding.line}:${finding.column} ${finding.message}`);
      }
    }
  }
  console.log(`${tool}: ${files.length - failedFiles} of ${files.length} Apex files passed, ${findings} findings`);
  return failedFiles === 0 ? 0 : 1;
}

module.exports = { apexFilesFromArguments, report };
