import type { DemoAccount } from './demo-accounts';

const esc = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The sign-in page of the development issuer: plain, accessible HTML in Dutch with English alongside. */
export function loginPage(params: {
  uid: string;
  base: string;
  accounts: DemoAccount[];
  error?: boolean;
  username?: string;
}): string {
  const options = params.accounts.map((a) => `<option value="${esc(a.username)}"></option>`).join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmelden bij MKIB</title>
<style>
body{font-family:'RO Sans',Verdana,sans-serif;background:#f3f3f3;margin:0;color:#000}
header{background:#154273;color:#fff;padding:1rem 2rem}
main{max-width:28rem;margin:2rem auto;background:#fff;padding:2rem;border-top:4px solid #154273}
label{display:block;font-weight:bold;margin-top:1rem}
input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #696969}
button{margin-top:1.5rem;background:#154273;color:#fff;border:0;padding:.75rem 1.5rem;font-size:1rem;cursor:pointer}
.error{background:#f9dfdd;border-left:4px solid #d52b1e;padding:.75rem}
small{color:#555}
</style>
</head>
<body>
<header><strong>MKIB</strong> · Informatiebeveiliging meldkamervoorzieningen</header>
<main>
<h1>Aanmelden <small lang="en">(Sign in)</small></h1>
<p><small>Ontwikkelomgeving: demo-accounts heten <code>&lt;rol&gt;@&lt;partij&gt;</code>, bijvoorbeeld <code>lms-operator@lms</code>.</small></p>
${params.error ? '<p class="error" role="alert">Onbekende gebruikersnaam of onjuist wachtwoord. <span lang="en">Unknown user name or wrong password.</span></p>' : ''}
<form method="post" action="${esc(params.base)}/interaction/${esc(params.uid)}/login" autocomplete="off">
<label for="username">Gebruikersnaam <small lang="en">(User name)</small></label>
<input id="username" name="username" list="accounts" required value="${esc(params.username ?? '')}" autofocus>
<datalist id="accounts">${options}</datalist>
<label for="password">Wachtwoord <small lang="en">(Password)</small></label>
<input id="password" name="password" type="password" required>
<button type="submit">Aanmelden</button>
</form>
</main>
</body>
</html>`;
}
