// Creates the contact that "Delete a contact" deletes: the contact from "Create a contact" is still
// needed by the GDPR operations that follow. Sets contactToDeleteId and contactToDeleteEtag.
pm.sendRequest(
  {
    url: pm.variables.replaceIn('{{baseUrl}}/v1/contacts'),
    method: 'POST',
    header: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer ' + pm.variables.get('adminToken')
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
    if (err || res.code !== 201) {
      throw new Error('could not create the contact to delete: ' + (err || res.code + ' ' + res.text()));
    }
    pm.collectionVariables.set('contactToDeleteId', res.json().id);
    pm.collectionVariables.set('contactToDeleteEtag', res.headers.get('ETag'));
  }
);
