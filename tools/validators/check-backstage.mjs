// Validates every entity of the given Backstage catalog files (multi-document YAML) with
// @backstage/catalog-model: the catalog's default entity policies (envelope, names, refs,
// no foreign root fields) and the kind's own schema validator (System, Component, Resource, API).
// An API's `definition: {$text: FILE}` placeholder is resolved first, relative to the catalog
// file, as the catalog's placeholder processor does; a missing file is an error.
// Usage: node check-backstage.mjs FILE...
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import yaml from 'js-yaml';
import {
    EntityPolicies,
    DefaultNamespaceEntityPolicy,
    FieldFormatEntityPolicy,
    NoForeignRootFieldsEntityPolicy,
    SchemaValidEntityPolicy,
    apiEntityV1alpha1Validator,
    componentEntityV1alpha1Validator,
    resourceEntityV1alpha1Validator,
    systemEntityV1alpha1Validator,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
    new DefaultNamespaceEntityPolicy(),
    new NoForeignRootFieldsEntityPolicy(),
    new FieldFormatEntityPolicy(),
    new SchemaValidEntityPolicy(),
]);
const kinds = {
    System: systemEntityV1alpha1Validator,
    Component: componentEntityV1alpha1Validator,
    Resource: resourceEntityV1alpha1Validator,
    API: apiEntityV1alpha1Validator,
};

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: check-backstage.mjs FILE...');
    process.exit(2);
}
let failed = 0;
for (const file of files) {
    let entities = 0;
    try {
        for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
            if (doc === null || doc === undefined)
                continue;
            const where = `${doc.kind} ${doc.metadata?.name}`;
            if (doc.kind === 'API' && doc.spec?.definition?.$text)
                doc.spec.definition = readFileSync(resolve(dirname(file), doc.spec.definition.$text), 'utf8');
            const validator = kinds[doc.kind];
            if (!validator)
                throw new Error(`${where}: no validator for kind ${doc.kind}`);
            const entity = await policy.enforce(doc);
            if (!(await validator.check(entity)))
                throw new Error(`${where}: not a ${doc.kind} of backstage.io/v1alpha1`);
            entities++;
        }
        if (entities === 0)
            throw new Error('no entities');
        console.log(`${file}: ok (${entities} entities)`);
    } catch (e) {
        failed++;
        console.log(`${file}: error: ${e.message}`);
    }
}
process.exit(failed ? 1 : 0);
