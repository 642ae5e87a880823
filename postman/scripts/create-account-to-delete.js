// Creates the account that "Delete an account" deletes: the account from "Create an account" is still
// needed by the contacts and opportunities that follow. Sets accountToDeleteId and accountToDeleteEtag.
pm.sendRequest(
  {
    url: pm.variables.replaceIn('{{baseUrl}}/v1/accounts'),
    method: 'POST',
    header: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer ' + pm.variables.get('adminToken')
    },
    body: { mode: 'raw', raw: JSON.stringify({ name: 'Account to delete' }) }
  },
  function (err, res) {
    if (err || res.code !== 201) {
      throw new Error('could not create the account to delete: ' + (err || res.code + ' ' + res.text()));
    }
    pm.collectionVariables.set('accountToDeleteId', res.json().id);
    pm.collectionVariables.set('accountToDeleteEtag', res.headers.get('ETag'));
  }
);
