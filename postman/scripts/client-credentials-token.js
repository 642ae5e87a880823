// Collection pre-request script: the collection runs as a partner's server, with its own token from the
// OAuth 2.0 client-credentials grant (tokenUrl, clientId, clientSecret: environment variables, the secret
// never committed). The token is kept in accessToken (which the collection's OAuth 2.0 auth sends) until a
// minute before it expires. The same token can be fetched in Postman with "Get New Access Token".
const expiresAt = Number(pm.collectionVariables.get('accessTokenExpiresAt') || 0);
if (!pm.variables.get('accessToken') || Date.now() > expiresAt) {
  const credentials = pm.variables.get('clientId') + ':' + pm.variables.get('clientSecret');
  pm.sendRequest(
    {
      url: pm.variables.replaceIn('{{tokenUrl}}'),
      method: 'POST',
      header: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: 'Basic ' + btoa(credentials)
      },
      body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'client_credentials' }] }
    },
    function (err, res) {
      // A test, not a throw: Newman reports a failed test, and drops an exception thrown in this callback.
      pm.test('Setup: a token by client credentials', function () {
        pm.expect(err).to.equal(null);
        pm.expect(res.code, res.text()).to.equal(200);
      });
      if (!err && res.code === 200) {
        const grant = res.json();
        pm.collectionVariables.set('accessToken', grant.access_token);
        pm.collectionVariables.set('accessTokenExpiresAt', String(Date.now() + (grant.expires_in - 60) * 1000));
      }
    }
  );
}
