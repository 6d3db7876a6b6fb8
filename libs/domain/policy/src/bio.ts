import source from '../data/bio2-v1.3-deel2-overheidsmaatregelen.json';

import type { FrameworkDefinition } from './catalogue';

const THEMES: Record<string, string> = {
  '5': 'Organisatorische beheersmaatregelen',
  '6': 'Mensgerichte beheersmaatregelen',
  '7': 'Fysieke beheersmaatregelen',
  '8': 'Technologische beheersmaatregelen',
};

/** The BIO baseline (SK-2.1): BIO2 v1.3 government measures under the ISO/IEC 27002:2022 controls. */
export function bio2Framework(): FrameworkDefinition {
  const measures = source.measures as {
    id: string;
    iso27002_2022_control: string;
    status: string;
    verwijst_naar: string[];
    tekst: string;
  }[];
  const controls = [...new Set(measures.map((m) => m.iso27002_2022_control))];
  return {
    code: 'BIO2',
    name: 'Baseline Informatiebeveiliging Overheid 2, deel 2: BIO-overheidsmaatregelen',
    version: '1.3 (9 januari 2026)',
    publisher: 'Staat der Nederlanden (BZK/CIP)',
    source: `${source.source.repository} (${source.source.path}, commit ${source.source.commit})`,
    licence: 'CC BY-SA 4.0',
    attribution: source.attribution,
    requirements: [
      ...Object.entries(THEMES).map(([n, title]) => ({
        identifier: n,
        kind: 'THEMA' as const,
        parent: null,
        title,
        text: null,
        status: null,
        refersTo: [],
      })),
      ...controls.map((c) => ({
        identifier: c,
        kind: 'CONTROL' as const,
        parent: c.split('.')[0],
        title: null,
        text: null,
        status: null,
        refersTo: [],
      })),
      ...measures.map((m) => ({
        identifier: m.id,
        kind: 'MAATREGEL' as const,
        parent: m.iso27002_2022_control,
        title: null,
        text: m.tekst,
        status: m.status,
        refersTo: m.verwijst_naar,
      })),
    ],
  };
}
