// Accent- and case-insensitive text for client-side matching (the palette): « Élus » ~ "elus".
export const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
