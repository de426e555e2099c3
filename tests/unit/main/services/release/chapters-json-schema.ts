// JSON Schema (draft 2020-12) of Podcasting 2.0 JSON chapters, version 1.2, written from the
// spec (podcast namespace, docs/jsonChapters.md; summarised in ../shared/REFERENCE.md).

export const CHAPTERS_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['version', 'chapters'],
  properties: {
    version: { type: 'string', pattern: '^1\\.2(\\.\\d+)?$' },
    author: { type: 'string' },
    title: { type: 'string' },
    podcastName: { type: 'string' },
    description: { type: 'string' },
    fileName: { type: 'string', format: 'uri' },
    waypoints: { type: 'boolean' },
    chapters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['startTime'],
        properties: {
          startTime: { type: 'number', minimum: 0 },
          endTime: { type: 'number', minimum: 0 },
          title: { type: 'string' },
          img: { type: 'string', format: 'uri' },
          url: { type: 'string', format: 'uri' },
          toc: { type: 'boolean' },
          location: {
            type: 'object',
            required: ['name', 'geo'],
            properties: { name: { type: 'string' }, geo: { type: 'string', pattern: '^geo:' }, osm: { type: 'string' } },
          },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
