// Runs chrono-node (the JavaScript date parser chronicle is compared with)
// over the benchmark text, for bench/run_benchmarks.sh.
//
//   node bench/chrono_node_bench.js NODE_MODULES DIR_OR_FILE [YYYY-MM-DD]
//
// DIR_OR_FILE is a folder of .txt documents, each parsed on its own with
// chrono.parse(text, refDate), or one text file parsed whole. (Parse time
// grows faster than the text: one call over the 3.9 MB silver text takes
// minutes, while the same text document by document takes about a second;
// so the benchmark gives chrono-node one document at a time.) Prints one
// line of JSON: documents, bytes, results found, and the milliseconds the
// parsing took, without node's start-up and the file reads.
'use strict';

const fs = require('fs');
const path = require('path');

if (process.argv.length < 4) {
  console.error('usage: node chrono_node_bench.js NODE_MODULES DIR_OR_FILE [YYYY-MM-DD]');
  process.exit(2);
}
const modules = process.argv[2];
const input = process.argv[3];
const published = process.argv[4] || '2006-12-01';

const chrono = require(path.join(path.resolve(modules), 'chrono-node'));
const files = fs.statSync(input).isDirectory()
  ? fs.readdirSync(input).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(input, f))
  : [input];
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const refDate = new Date(published + 'T12:00:00Z');

let results = 0;
const start = process.hrtime.bigint();
for (const text of texts) results += chrono.parse(text, refDate).length;
const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;

console.log(JSON.stringify({
  documents: texts.length,
  bytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0),
  results,
  ms: Math.round(elapsedMs * 10) / 10,
}));
