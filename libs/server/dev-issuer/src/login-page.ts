import type { DemoAccount } from './demo-accounts';

const esc = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** How long to wait, in Dutch and English: seconds up to a minute, then whole minutes (rounded up). */
function waitingTime(seconds: number): { nl: string; en: string } {
  if (seconds < 60) {
    return seconds === 1
      ? { nl: '1 seconde', en: '1 second' }
      : { nl: `${seconds} seconden`, en: `${seconds} seconds` };
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1
    ? { nl: '1 minuut', en: '1 minute' }
    : { nl: `${minutes} minuten`, en: `${minutes} minutes` };
}

/**
 * The same words whether or not the account exists: a lockout or a delay never tells a guesser which
 * names are real.
 */
function errorMessage(error: 'credentials' | { waitSeconds: number } | undefined): string {
  if (!error) return '';
  if (error === 'credentials') {
    return '<p class="error" role="alert">Onbekende gebruikersnaam of onjuist wachtwoord. <span lang="en">Unknown user name or wrong password.</span></p>';
  }
  const wait = waitingTime(error.waitSeconds);
  return `<p class="error" role="alert">Te veel mislukte aanmeldpogingen. Aanmelden is tijdelijk geblokkeerd: probeer het over ${wait.nl} opnieuw. <span lang="en">Too many failed sign-in attempts. Signing in is blocked for now: try again in ${wait.en}.</span></p>`;
}

/** The sign-in page of the development issuer: plain, accessible HTML in Dutch with English alongside. */
export function loginPage(params: {
  uid: string;
  base: string;
  accounts: DemoAccount[];
  /** A wrong name or password, or the throttle's answer: how long to wait before trying again. */
  error?: 'credentials' | { waitSeconds: number };
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
${errorMessage(params.error)}
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
