// Builds each SDL file with graphql-js and validates the resulting schema
// (buildSchema alone does not check e.g. that a Query type exists).
// Usage: node check-graphql.mjs FILE...
import { readFileSync } from 'node:fs';
import { buildSchema, validateSchema } from 'graphql';

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: check-graphql.mjs FILE...');
    process.exit(2);
}
let failed = 0;
for (const file of files) {
    try {
        const schema = buildSchema(readFileSync(file, 'utf8'));
        const errors = validateSchema(schema);
        for (const e of errors)
            console.log(`${file}: error: ${e.message}`);
        if (errors.length > 0) {
            failed++;
        } else {
            console.log(`${file}: ok (${Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')).length} types)`);
        }
    } catch (e) {
        failed++;
        console.log(`${file}: error: ${e.message}`);
    }
}
process.exit(failed ? 1 : 0);
