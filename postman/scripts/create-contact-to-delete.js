// Creates the contact that "Delete a contact" deletes: the contact from "Create a contact" is still
// needed by the GDPR operations that follow. Sets contactToDeleteId and contactToDeleteEtag.
pm.sendRequest(
  {
    url: pm.variables.replaceIn('{{baseUrl}}/v1/contacts'),
    method: 'POST',
    header: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer ' + pm.variables.get('accessToken')
    },
    body: {
      mode: 'raw',
      raw: JSON.stringify({
        account_id: pm.variables.get('accountId'),
        first_name: 'Contact',
        last_name: 'To Delete',
        lawful_basis: 'legitimate_interests'
      })
    }
  },
  function (err, res) {
    // A test, not a throw: Newman reports a failed test, and drops an exception thrown in this callback.
    pm.test('Setup: the contact to delete is created', function () {
      pm.expect(err).to.equal(null);
      pm.expect(res.code, res.text()).to.equal(201);
    });
    if (!err && res.code === 201) {
      pm.collectionVariables.set('contactToDeleteId', res.json().id);
      pm.collectionVariables.set('contactToDeleteEtag', res.headers.get('ETag'));
    }
  }
);
