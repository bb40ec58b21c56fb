// Reads newman's JSON report of one service and fails on what the contract forbids: any 5xx answer, and any
// answer with the expected status whose headers or body do not match the service's own OpenAPI document. An answer
// with another status than the test expected (an example the current data cannot satisfy) is a warning.
const fs = require('fs');

const [reportFile, service] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(reportFile, 'utf8')).run;
const statuses = {};
const errors = [];
const warnings = [];
for (const execution of run.executions) {
  const code = execution.response ? execution.response.code : 'no answer';
  statuses[code] = (statuses[code] || 0) + 1;
  const failed = (execution.assertions || []).filter(assertion => assertion.error);
  if (typeof code !== 'number' || code >= 500) {
    errors.push(`SERVER ERROR ${code} ${execution.item.name}`);
  } else if (failed.some(assertion => /Status code is/.test(assertion.assertion))) {
    warnings.push(`unexpected ${code}: ${failed[0].assertion}`);
  } else {
    failed.forEach(assertion => errors.push(`MISMATCH ${code} ${assertion.assertion}: ${assertion.error.message}`));
  }
}
console.log(`${service}: ${run.executions.length} requests, statuses ${JSON.stringify(statuses)}, `
  + `${errors.length} errors, ${warnings.length} warnings`);
warnings.forEach(line => console.log(`  warning: ${line}`));
errors.forEach(line => console.log(`  ${line}`));
process.exit(errors.length === 0 ? 0 : 1);
