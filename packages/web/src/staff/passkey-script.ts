/**
 * The passkey ceremony, the one script staff pages run (CSP allows it on these pages alone):
 * it asks the server for options, lets the browser's WebAuthn API create or use a passkey,
 * and posts the result with the session's CSRF token. JSON helpers are the browser's own.
 */
export const PASSKEY_SCRIPT = `
for (const button of document.querySelectorAll('[data-passkey]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const mode = button.dataset.passkey;
    const csrf = button.dataset.csrf;
    const status = document.getElementById('passkey-status');
    const post = (url, body) => fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body ?? {}),
    });
    try {
      const base = mode === 'register' ? '/staff/passkeys' : '/staff/passkey';
      const options = await (await post(base + '/options')).json();
      const credential = mode === 'register'
        ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
        : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
      const answer = await post(base, credential.toJSON());
      if (!answer.ok) throw new Error(String(answer.status));
      location.assign(button.dataset.next || '/staff/security');
    } catch (error) {
      if (status) status.textContent = button.dataset.failed + ' (' + error + ')';
    }
  });
}
`;
