// Parses AsyncAPI documents with the official parser; exits 1 when any has an
// error-severity diagnostic. Usage: node check-asyncapi.mjs FILE...
import { readFile } from 'node:fs/promises';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: check-asyncapi.mjs FILE...');
    process.exit(2);
}
const parser = new Parser();
let failed = 0;
for (const file of files) {
    const { document, diagnostics } = await parser.parse(await readFile(file, 'utf8'), { source: file });
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
    for (const d of diagnostics) {
        const where = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '?';
        const level = ['error', 'warning', 'info', 'hint'][d.severity] ?? d.severity;
        console.log(`${file}:${where}: ${level} ${d.code}: ${d.message} (at ${d.path.join('.')})`);
    }
    if (!document || errors.length > 0) {
        failed++;
        console.log(`${file}: FAILED (${errors.length} errors)`);
    } else {
        console.log(`${file}: ok (${diagnostics.length} non-error diagnostics)`);
    }
}
process.exit(failed ? 1 : 0);
