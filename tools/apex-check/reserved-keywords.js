// The Apex reserved keywords (Apex Developer Guide 240.0, "Reserved Keywords": "The following words can only be used as
// keywords"). Salesforce refuses any of them as the name of a class, interface, enum, method, parameter, variable,
// field or property at deploy time, whatever a parser accepts (reference salesforce-callers.md §9.1). The guide's
// non-reserved keywords (after, before, count, excludes, first, includes, last, order, sharing, with) are allowed.
'use strict';

// The list itself is in reserved-keywords.json, which the .NET tests of the OpenAPI document read too.
const RESERVED_KEYWORDS = Object.freeze(require('./reserved-keywords.json').keywords);

const reserved = new Set(RESERVED_KEYWORDS);

/** Apex identifiers are case-insensitive: `Hint` is as reserved as `hint`. */
function isReserved(name) {
  return reserved.has(String(name).toLowerCase());
}

/**
 * Findings for the declarations that use a reserved keyword. A declaration is {kind, name, line, column}; a finding
 * adds the file and a message naming the rule.
 */
function reservedDeclarations(file, declarations) {
  return declarations
    .filter((declaration) => isReserved(declaration.name))
    .map((declaration) => ({
      ...declaration,
      file,
      message: `${declaration.kind} '${declaration.name}' is an Apex reserved keyword; Salesforce refuses it as an identifier`,
    }));
}

module.exports = { RESERVED_KEYWORDS, isReserved, reservedDeclarations };
