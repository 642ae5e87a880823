// Remembers what the pipeline summary's won stage holds before the flow wins its deal, so the check after
// it holds on a database that already has data (a shared dev stage, a second run).
const wonBefore = pm.response.json().stages.find((stage) => stage.kind === 'won');
const eurBefore = wonBefore.totals.find((total) => total.currency === 'EUR');
pm.collectionVariables.set('flowWonCountBefore', wonBefore.count);
pm.collectionVariables.set('flowWonEurBefore', eurBefore ? eurBefore.amount : '0');
