// The agency itself: its name and the four consultants who own the relationships.
import type { DemoLang } from './types.ts';

export const AGENCY = {
  de: {
    name: 'Albers & Weidner Kommunikation',
    consultants: ['Katrin Albers', 'Jonas Weidner', 'Miriam Okafor', 'Lukas Brandt'],
  },
  en: {
    name: 'Whitmore & Ashby Communications',
    consultants: ['Claire Whitmore', 'Tom Ashby', 'Priya Natarajan', 'Daniel Reeve'],
  },
} as const satisfies Record<DemoLang, { name: string; consultants: readonly string[] }>;
