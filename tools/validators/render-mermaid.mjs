// Renders Mermaid files to SVG with mermaid-cli's API in one browser: `mmdc`
// starts Chromium once per file, which costs seconds each.
// Usage: node render-mermaid.mjs OUTDIR FILE...   (exit 1 when any file fails)
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { renderMermaid } from '@mermaid-js/mermaid-cli';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
    console.error('usage: render-mermaid.mjs OUTDIR FILE...');
    process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const launch = JSON.parse(readFileSync(path.join(here, 'puppeteer-config.json'), 'utf8'));
await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({ headless: true, ...launch });
let failed = 0;
try {
    for (const file of files) {
        try {
            const definition = await readFile(file, 'utf8');
            const { data } = await renderMermaid(browser, definition, 'svg', {
                mermaidConfig: { securityLevel: 'strict' },
            });
            const svg = Buffer.from(data).toString('utf8');
            // Mermaid renders some syntax errors as an "error" SVG instead of throwing.
            if (/Syntax error in (text|graph)/i.test(svg) || svg.includes('aria-roledescription="error"'))
                throw new Error('mermaid rendered its error diagram');
            const out = path.join(outDir, path.basename(file).replace(/\.mmd$/, '') + '.svg');
            await writeFile(out, data);
            console.log(`${file}: ok (${data.length} bytes of SVG)`);
        } catch (e) {
            failed++;
            console.log(`${file}: error: ${String(e.message ?? e).split('\n').slice(0, 6).join('\n    ')}`);
        }
    }
} finally {
    await browser.close();
}
process.exit(failed ? 1 : 0);
