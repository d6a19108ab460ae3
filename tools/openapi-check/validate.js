#!/usr/bin/env node
// Validates an OpenAPI document with @apidevtools/swagger-parser (schema validation against the OpenAPI 3.0 JSON
// Schema plus its $ref and structure checks). Usage: node tools/openapi-check/validate.js <document.json>; exits 1 when
// the document is invalid.
'use strict';

const SwaggerParser = require('@apidevtools/swagger-parser');

const file = process.argv[2];
if (!file) {
  console.error('usage: validate.js <document.json>');
  process.exit(2);
}

SwaggerParser.validate(file)
  .then((api) => {
    const operations = Object.values(api.paths ?? {}).flatMap((item) => Object.keys(item)).length;
    console.log(`swagger-parser: ${file} is a valid OpenAPI ${api.openapi} document (${operations} operations)`);
  })
  .catch((error) => {
    console.error(`swagger-parser: ${file} is not valid: ${error.message}`);
    process.exit(1);
  });
