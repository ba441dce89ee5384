// Validates every Kubernetes object in the given YAML files (multi-document) against the
// OpenAPI schemas of kubernetes-models (core, networking.k8s.io) and @kubernetes-models/istio.
// An object whose apiVersion/kind neither package knows is an error, not a pass.
// Usage: node check-kubernetes.mjs FILE...
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import * as istioNetworking from '@kubernetes-models/istio/networking.istio.io/v1';
import * as istioSecurity from '@kubernetes-models/istio/security.istio.io/v1';
import * as k8sNetworking from 'kubernetes-models/networking.k8s.io/v1';
import * as k8sCore from 'kubernetes-models/v1';

const models = {
    'networking.istio.io/v1': istioNetworking,
    'security.istio.io/v1': istioSecurity,
    'networking.k8s.io/v1': k8sNetworking,
    'v1': k8sCore,
};

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: check-kubernetes.mjs FILE...');
    process.exit(2);
}
let failed = 0;
for (const file of files) {
    let objects = 0;
    try {
        for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
            if (doc === null || doc === undefined)
                continue;
            const Kind = models[doc.apiVersion]?.[doc.kind];
            if (!Kind)
                throw new Error(`unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`);
            new Kind(doc).validate();
            objects++;
        }
        if (objects === 0)
            throw new Error('no Kubernetes objects');
        console.log(`${file}: ok (${objects} objects)`);
    } catch (e) {
        failed++;
        console.log(`${file}: error: ${e.message}`);
    }
}
process.exit(failed ? 1 : 0);
