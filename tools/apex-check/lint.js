#!/usr/bin/env node
// Reserved-keyword lint: parses every Apex class and trigger with the ANTLR grammar of @apexdevtools/apex-parser
// (which accepts reserved words such as select, when and hint where the platform does not, so every identifier is
// seen) and reports each declared name (class, interface, enum and its values, method, parameter, variable, field,
// property, loop and catch variable) that is an Apex reserved keyword. ANTLR syntax errors are findings too.
// Usage: node tools/apex-check/lint.js <folder> [<folder> ...]; exits 1 on any finding.
'use strict';

const fs = require('node:fs');
const { ApexParserFactory, ApexErrorListener } = require('@apexdevtools/apex-parser');
const { reservedDeclarations } = require('./reserved-keywords');
const { apexFilesFromArguments, report } = require('./apex-files');

class SyntaxErrors extends ApexErrorListener {
  constructor() {
    super();
    this.findings = [];
  }

  apexSyntaxError(line, column, message) {
    this.findings.push({ kind: 'syntax', line, column: column + 1, message: `syntax error (apex-parser): ${message}` });
  }
}

/**
 * Collects every declared identifier with the kind of thing it names. Not a subclass of ApexParserListener: in 5.2.0
 * that class declares every enterX as an instance field (undefined), which would hide these methods.
 */
class Declarations {
  constructor() {
    this.found = [];
  }

  add(kind, idContexts) {
    for (const id of [idContexts].flat()) {
      if (id) {
        this.found.push({ kind, name: id.getText(), line: id.start.line, column: id.start.column + 1 });
      }
    }
  }

  enterClassDeclaration(ctx) { this.add('class', ctx.id()); }
  enterInterfaceDeclaration(ctx) { this.add('interface', ctx.id()); }
  enterEnumDeclaration(ctx) { this.add('enum', ctx.id()); }
  enterEnumConstants(ctx) { this.add('enum value', ctx.id_list()); }
  enterMethodDeclaration(ctx) { this.add('method', ctx.id()); }
  enterInterfaceMethodDeclaration(ctx) { this.add('method', ctx.id()); }
  enterFormalParameter(ctx) { this.add('parameter', ctx.id()); }
  enterVariableDeclarator(ctx) { this.add('variable', ctx.id()); }
  enterPropertyDeclaration(ctx) { this.add('property', ctx.id()); }
  enterEnhancedForControl(ctx) { this.add('loop variable', ctx.id()); }
  enterCatchClause(ctx) { this.add('catch variable', ctx.id()); }
}

// Each rule context dispatches to the listener's enterX method itself (what antlr4's ParseTreeWalker does, minus its
// visitTerminal/visitErrorNode calls, which this lint has no use for).
function enterRules(listener, node) {
  if (typeof node.enterRule === 'function') {
    node.enterRule(listener);
  }
  const count = typeof node.getChildCount === 'function' ? node.getChildCount() : 0;
  for (let index = 0; index < count; index++) {
    enterRules(listener, node.getChild(index));
  }
}

/** Findings for one Apex source: syntax errors and reserved keywords used as identifiers. */
function lintSource(source, file) {
  const errors = new SyntaxErrors();
  const { parser } = ApexParserFactory.createLexerAndParser(source, errors);
  const tree = file.endsWith('.trigger') ? parser.triggerUnit() : file.endsWith('.apex') ? parser.anonymousUnit() : parser.compilationUnit();
  const declarations = new Declarations();
  enterRules(declarations, tree);
  return [...errors.findings, ...reservedDeclarations(file, declarations.found)];
}

if (require.main === module) {
  const files = apexFilesFromArguments('apex-lint', process.argv.slice(2));
  const findingsByFile = new Map(files.map((file) => [file, lintSource(fs.readFileSync(file, 'utf8'), file)]));
  process.exit(report('apex-lint', files, findingsByFile));
}

module.exports = { lintSource };
