// Creates the account that "Delete an account" deletes: the account from "Create an account" is still
// needed by the contacts and opportunities that follow. Sets accountToDeleteId and accountToDeleteEtag.
pm.sendRequest(
  {
    url: pm.variables.replaceIn('{{baseUrl}}/v1/accounts'),
    method: 'POST',
    header: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer ' + pm.variables.get('accessToken')
    },
    body: { mode: 'raw', raw: JSON.stringify({ name: 'Account to delete' }) }
  },
  function (err, res) {
    // A test, not a throw: Newman reports a failed test, and drops an exception thrown in this callback.
    pm.test('Setup: the account to delete is created', function () {
      pm.expect(err).to.equal(null);
      pm.expect(res.code, res.text()).to.equal(201);
    });
    if (!err && res.code === 201) {
      pm.collectionVariables.set('accountToDeleteId', res.json().id);
      pm.collectionVariables.set('accountToDeleteEtag', res.headers.get('ETag'));
    }
  }
);
