#!/usr/bin/env node
// Salesforce-parser check: parses every Apex class and trigger with apex-jorje-lsp.jar, the parser of Salesforce's
// own Apex language server (shipped in the npm package prettier-plugin-apex 2.3.0 and run through its
// apex-ast-serializer on Java 17), and fails on any parse error. The jar's parser accepts a few reserved keywords as
// names (hint, reference salesforce-callers.md §9.1) that the platform's compiler then refuses at deploy time, so the
// declarations of the parse it returns are checked against the reserved-keyword list as well.
// Usage: node tools/apex-check/salesforce-parser.js <folder> [<folder> ...]; exits 1 on any finding.
'use strict';

const path = require('node:path');
const { execFile } = require('node:child_process');
const { reservedDeclarations } = require('./reserved-keywords');
const { apexFilesFromArguments, report } = require('./apex-files');

const SERIALIZER = path.join(__dirname, '..', '..', 'node_modules', 'prettier-plugin-apex', 'vendor', 'apex-ast-serializer', 'bin', 'apex-ast-serializer');
const LOCATION_IDENTIFIER = 'apex.jorje.data.Identifiers$LocationIdentifier';
const PARALLEL_FILES = 2;
const PER_FILE_TIMEOUT_MS = 120_000;

/** Runs the serializer on one file and returns its parser output (parseErrors, unit). */
function parseWithJorje(file, anonymous) {
  const args = ['-l', file, ...(anonymous ? ['-a'] : [])];
  return new Promise((resolve, reject) => {
    execFile(SERIALIZER, args, { maxBuffer: 256 * 1024 * 1024, timeout: PER_FILE_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`apex-ast-serializer failed on ${file}: ${error.message}\n${stderr}`));
        return;
      }
      const output = JSON.parse(stdout)['apex.jorje.semantic.compiler.parser.ParserOutput'];
      if (!output) {
        reject(new Error(`apex-ast-serializer gave no ParserOutput for ${file}`));
        return;
      }
      resolve(output);
    });
  });
}

function shortClass(node) {
  return String(node['@class'] ?? '').replace('apex.jorje.data.ast.', '');
}

/**
 * Every declared name in the jorje AST. Declarations hold their identifier under the key `name` (class, interface,
 * enum, method, parameter, variable, field, property, loop variable) or, for enum values, `members` of an EnumDecl;
 * references use `names` and are left alone.
 */
function jorjeDeclarations(node, owner = '') {
  const found = [];
  if (Array.isArray(node)) {
    for (const item of node) {
      found.push(...jorjeDeclarations(item, owner));
    }
    return found;
  }
  if (!node || typeof node !== 'object') {
    return found;
  }
  const kind = shortClass(node);
  for (const [key, value] of Object.entries(node)) {
    const identifiers = [value].flat().filter((item) => item && item['@class'] === LOCATION_IDENTIFIER);
    const declares = key === 'name' || (key === 'members' && kind === 'EnumDecl');
    if (identifiers.length > 0) {
      if (declares) {
        for (const identifier of identifiers) {
          found.push({ kind: describeKind(kind, owner), name: identifier.value, line: identifier.loc?.line ?? 0, column: identifier.loc?.column ?? 0 });
        }
      }
      continue;
    }
    found.push(...jorjeDeclarations(value, kind || owner));
  }
  return found;
}

function describeKind(kind, owner) {
  if (kind.startsWith('ParameterRefs$')) {
    return 'parameter';
  }
  const names = { ClassDecl: 'class', InterfaceDecl: 'interface', EnumDecl: 'enum', MethodDecl: 'method', VariableDecl: 'variable', PropertyDecl: 'property', ForInit: 'loop variable' };
  return names[kind] ?? `${kind || owner} name`;
}

/** Findings for one file: jorje parse errors, then reserved keywords among the declarations it parsed. */
async function checkFile(file) {
  const output = await parseWithJorje(file, file.endsWith('.apex'));
  const findings = [];
  for (const problem of [...(output.parseErrors ?? []), ...(output.internalErrors ?? [])]) {
    const location = problem.error?.error?.loc ?? problem.error?.loc ?? {};
    findings.push({ kind: 'syntax', line: location.line ?? 0, column: location.column ?? 0, message: `parse error (Salesforce parser): ${problem.message ?? JSON.stringify(problem)}` });
  }
  findings.push(...reservedDeclarations(file, jorjeDeclarations(output.unit)));
  return findings;
}

async function checkAll(files) {
  const findingsByFile = new Map();
  const pending = [...files];
  async function worker() {
    while (pending.length > 0) {
      const file = pending.shift();
      findingsByFile.set(file, await checkFile(file));
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FILES, files.length) }, worker));
  return findingsByFile;
}

if (require.main === module) {
  const files = apexFilesFromArguments('salesforce-parser', process.argv.slice(2));
  checkAll(files)
    .then((findingsByFile) => process.exit(report('salesforce-parser', files, findingsByFile)))
    .catch((error) => {
      console.error(error.message);
      console.error('The check needs `npm ci` (prettier-plugin-apex) and Java 17 (`apt-get install openjdk-17-jre-headless`).');
      process.exit(1);
    });
}

module.exports = { checkFile, jorjeDeclarations };
