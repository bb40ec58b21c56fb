// Reads newman's JSON report of one service and fails on what the contract forbids: any 5xx answer, and any answer
// whose body does not match the service's own OpenAPI document. Other failed checks (an example that no longer
// matches the demo data, say) are listed as warnings with their counts.
const fs = require('fs');

const [reportFile, service] = process.argv.slice(2);
const run = JSON.parse(fs.readFileSync(reportFile, 'utf8')).run;
const statuses = {};
const serverErrors = [];
const mismatches = [];
const other = [];
for (const execution of run.executions) {
  const code = execution.response ? execution.response.code : 'no answer';
  statuses[code] = (statuses[code] || 0) + 1;
  const where = `${execution.item.name}`;
  if (typeof code !== 'number' || code >= 500) {
    serverErrors.push(`${code} ${where}`);
  }
  for (const assertion of execution.assertions || []) {
    if (!assertion.error) continue;
    const line = `${code} ${assertion.assertion}`;
    (/Schema is valid|Content-Type is/.test(assertion.assertion) && code < 500 ? mismatches : other).push(line);
  }
}
console.log(`${service}: ${run.executions.length} requests, statuses ${JSON.stringify(statuses)}`);
other.forEach(line => console.log(`  warning: ${line}`));
mismatches.forEach(line => console.log(`  MISMATCH: ${line}`));
serverErrors.forEach(line => console.log(`  SERVER ERROR: ${line}`));
process.exit(serverErrors.length + mismatches.length === 0 ? 0 : 1);
