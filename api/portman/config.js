// Writes the Portman configuration of one service: the shared contract and fuzz tests (base.json) with that
// service's own part (<service>.json): operations whose success needs state no example can name (a job id, an
// emailed token) are left out of the contract tests, and ids created by one operation are fed to the next.
const fs = require('fs');
const path = require('path');

const [service, output] = process.argv.slice(2);
const base = JSON.parse(fs.readFileSync(path.join(__dirname, 'base.json'), 'utf8'));
const own = JSON.parse(fs.readFileSync(path.join(__dirname, `${service}.json`), 'utf8'));
const contract = base.tests.contractTests[0];
contract.excludeForOperations = [...(contract.excludeForOperations || []), ...own.excludeFromContract];
base.assignVariables = own.assignVariables;
base.overwrites = own.overwrites;
base.globals.orderOfOperations = own.orderOfOperations;
base.globals.orderOfFolders = own.orderOfFolders;
fs.writeFileSync(output, JSON.stringify(base, null, 2));
