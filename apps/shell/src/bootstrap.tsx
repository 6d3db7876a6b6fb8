import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { initI18n } from '@mkib/web-i18n';
import { Shell } from './shell';

async function start() {
  await initI18n();
  const res = await fetch('/config.json');
  const config = await res.json();
  createRoot(document.getElementById('root')!).render(<Shell config={config} />);
}

start().catch((err) => {
  document.getElementById('root')!.textContent =
    `MKIB kon niet starten: ${err instanceof Error ? err.message : err}`;
});
