// The sample show's words: a fictional bilingual podcast about community radio in Montréal,
// written for Balado Studio. People, places and the station are invented.

import type { EpisodeCreate, PersonInput, ShowCreate } from '../../../shared/domain/schemas.js';
import type { SpokenSegment } from './wav-synth.js';

export const SAMPLE_SLUG = 'ondes';

export const SAMPLE_SHOW: Omit<ShowCreate, 'slug'> = {
  title: { fr: 'Les Ondes de quartier', en: 'Neighbourhood Waves' },
  subtitle: {
    fr: 'La radio communautaire de Montréal, une antenne à la fois',
    en: 'Montréal’s community radio, one antenna at a time',
  },
  description: {
    fr: 'Dans un sous-sol d’église, au-dessus d’une quincaillerie ou dans un ancien salon de coiffure, '
      + 'des bénévoles font de la radio pour leur rue. Les Ondes de quartier va à leur rencontre : celles et ceux '
      + 'qui animent la nuit, réparent les émetteurs, lisent les petites annonces et passent du français à '
      + 'l’anglais au milieu d’une phrase. Un épisode par mois, en français, en anglais, et parfois dans les deux.',
    en: 'In a church basement, above a hardware store or in a former hair salon, volunteers make radio for '
      + 'their street. Neighbourhood Waves goes to meet them: the people who host the night shift, fix the '
      + 'transmitters, read the classifieds and switch from French to English in the middle of a sentence. '
      + 'One episode a month, in French, in English, and sometimes in both.',
  },
  author: 'Collectif Les Ondes de quartier',
  ownerName: 'Collectif Les Ondes de quartier',
  ownerEmail: 'balado@example.org',
  website: 'https://example.org/ondes/',
  copyright: '© 2026 Collectif Les Ondes de quartier',
  languages: { fr: 'fr-CA', en: 'en-CA' },
  categories: ['Society & Culture > Documentary', 'Society & Culture > Places & Travel'],
  explicit: false,
  baseUrl: 'https://example.org/ondes/',
};

const person = (name: string, role: string, group: PersonInput['group'] = 'cast'): PersonInput =>
  ({ name, role, group, img: '', href: '' });

export const SAMPLE_HOSTS: PersonInput[] = [
  person('Mireille Tremblay-Okafor', 'host'),
  person('Daniel Nguyen', 'host'),
];

export interface SampleEpisode {
  fields: Omit<EpisodeCreate, 'showId'>;
  /** Guests and other credits; the hosts are added in front (item persons replace show persons). */
  credits: PersonInput[];
  /** The synthetic audio: alternating voices, one segment per topic. */
  voice: { seed: number; segments: SpokenSegment[] };
}

const HOST = 195;
const GUEST_LOW = 125;
const GUEST_HIGH = 225;

export const SAMPLE_EPISODES: SampleEpisode[] = [
  {
    fields: {
      number: 1,
      spoken: 'fr',
      status: 'published',
      title: { fr: 'Le sous-sol de l’église Saint-Édouard', en: 'The Basement of Saint-Édouard Church' },
      summary: {
        fr: 'En 1979, trois voisines branchent un émetteur emprunté dans le sous-sol d’une église de la '
          + 'Petite-Patrie. Hélène Beaulieu-Marchand était là : elle raconte les premières émissions, les '
          + 'disques prêtés par le dépanneur et le jour où la police est venue vérifier la fréquence.',
        en: 'In 1979, three neighbours plugged a borrowed transmitter into a church basement in La '
          + 'Petite-Patrie. Hélène Beaulieu-Marchand was there: she remembers the first shows, the records '
          + 'lent by the corner store and the day the police came to check the frequency. (In French.)',
      },
      publishedAt: '2026-01-14T06:00:00-05:00',
      timeZone: 'America/Montreal',
    },
    credits: [person('Hélène Beaulieu-Marchand', 'guest')],
    voice: {
      seed: 1979,
      segments: [
        { seconds: 13, pitchHz: HOST }, { seconds: 11, pitchHz: GUEST_HIGH },
        { seconds: 15, pitchHz: GUEST_HIGH }, { seconds: 9, pitchHz: HOST },
      ],
    },
  },
  {
    fields: {
      number: 2,
      spoken: 'en',
      status: 'review',
      title: { fr: 'Quart de nuit au 102,3', en: 'Night Shift at 102.3' },
      summary: {
        fr: 'De minuit à six heures, Samir Haddad tient l’antenne seul avec une thermos de café et les appels '
          + 'des chauffeurs de taxi. Il parle des auditeurs qu’on n’entend qu’une fois et de la chanson qu’on lui '
          + 'demande chaque jeudi. (En anglais.)',
        en: 'From midnight to six, Samir Haddad keeps the station on air alone, with a thermos of coffee and '
          + 'calls from taxi drivers. He talks about the listeners you only hear from once, and the song someone '
          + 'requests every Thursday.',
      },
      publishedAt: null,
      timeZone: 'America/Montreal',
    },
    credits: [person('Samir Haddad', 'guest')],
    voice: {
      seed: 1023,
      segments: [{ seconds: 12, pitchHz: HOST }, { seconds: 14, pitchHz: GUEST_LOW }, { seconds: 10, pitchHz: GUEST_LOW }],
    },
  },
  {
    fields: {
      number: 3,
      spoken: 'bilingual',
      status: 'draft',
      title: { fr: 'Deux langues, une antenne', en: 'Two Languages, One Antenna' },
      summary: {
        fr: 'Comment une station de quartier choisit-elle sa langue ? Ana Lucía Ferreira programme des émissions '
          + 'en français, en anglais et en portugais ; elle explique pourquoi l’horaire ressemble à une '
          + 'courtepointe, et ce que les bulletins bilingues ont changé pour les nouveaux arrivants.',
        en: 'How does a neighbourhood station choose its language? Ana Lucía Ferreira schedules shows in French, '
          + 'English and Portuguese; she explains why the schedule looks like a patchwork quilt, and what '
          + 'bilingual news bulletins changed for newcomers.',
      },
      publishedAt: null,
      timeZone: null,
    },
    credits: [person('Ana Lucía Ferreira', 'guest'), person('Joanne Whitfield', 'translator', 'writing')],
    voice: {
      seed: 2026,
      segments: [
        { seconds: 10, pitchHz: HOST }, { seconds: 12, pitchHz: GUEST_HIGH }, { seconds: 9, pitchHz: HOST },
        { seconds: 13, pitchHz: GUEST_HIGH }, { seconds: 11, pitchHz: HOST },
      ],
    },
  },
];
