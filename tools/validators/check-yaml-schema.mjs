// Validates every document of the given YAML files (multi-document) against one JSON Schema
// (draft-07) with ajv, all errors of a document at once. An empty stream is an error, not a pass.
// Usage: node check-yaml-schema.mjs SCHEMA.json FILE...
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import Ajv from 'ajv';

const [schemaFile, ...files] = process.argv.slice(2);
if (!schemaFile || files.length === 0) {
    console.error('usage: check-yaml-schema.mjs SCHEMA.json FILE...');
    process.exit(2);
}
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let failed = 0;
for (const file of files) {
    let documents = 0;
    const errors = [];
    try {
        for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
            if (doc === null || doc === undefined)
                continue;
            documents++;
            if (!validate(doc))
                for (const e of validate.errors)
                    errors.push(`document ${documents} (${doc.kind} ${doc.metadata?.name}): ${e.instancePath || '/'} ${e.message}`);
        }
        if (documents === 0)
            errors.push('no documents');
    } catch (e) {
        errors.push(e.message);
    }
    if (errors.length) {
        failed++;
        for (const e of errors)
            console.log(`${file}: error: ${e}`);
    } else {
        console.log(`${file}: ok (${documents} documents)`);
    }
}
process.exit(failed ? 1 : 0);
