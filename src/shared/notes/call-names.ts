// The names of the notes, snippets and translation-memory calls, free of zod like ../api/names.ts
// (which lists them among the contract's calls, so the preload allowlists them too).

export const NOTES_CALL_NAMES = [
  'notes.get', 'notes.insertRow', 'notes.updateSide', 'notes.setStatus', 'notes.updateRow', 'notes.splitRow',
  'notes.mergeRows', 'notes.moveRow', 'notes.deleteRow', 'notes.align', 'notes.commitAlignment', 'notes.tmLookup',
  'notes.exportXliff', 'notes.importXliff', 'notes.render', 'notes.progress',
  'snippets.list', 'snippets.get', 'snippets.create', 'snippets.createFromRows', 'snippets.update', 'snippets.delete',
  'snippets.insert', 'snippets.detach',
  'tm.exportTmx', 'tm.importTmx',
] as const;
