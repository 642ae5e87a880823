// The deal the flow won is in the summary: one more in the won stage, its EUR total 52000.00 higher.
pm.test('The won stage counts the deal just won', function () {
  const won = pm.response.json().stages.find((stage) => stage.kind === 'won');
  pm.expect(won.count).to.eql(Number(pm.collectionVariables.get('flowWonCountBefore')) + 1);
  const eur = won.totals.find((total) => total.currency === 'EUR');
  pm.expect(eur, 'an EUR total in the won stage').to.be.an('object');
  const added = Number(eur.amount) - Number(pm.collectionVariables.get('flowWonEurBefore'));
  pm.expect(added).to.be.closeTo(52000, 0.001);
});
