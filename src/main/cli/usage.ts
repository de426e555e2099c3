// The help text of `balado`, in English (the CLI's messages follow LANG; help stays short).

export const USAGE = `Usage: balado [--library DIR] [--json] <command> [options]

Library: --library DIR, else $BALADO_LIBRARY, else the OS app-data folder (created on first run).
--json prints results as JSON on stdout.

Commands:
  show create --slug S --title-fr T --title-en T [--author A] [--owner-name N] [--owner-email E]
              [--base-url URL] [--language-fr fr-CA] [--language-en en-CA] [--artwork FILE]
  show list
  episode add --show S --audio FILE [--number N] [--season N] [--type full|trailer|bonus]
              [--spoken fr|en|bilingual] [--title-fr T] [--title-en T] [--published ISO-8601]
  episode list [--show S] [--status STATUS]
  episode get REF
  episode set REF [--status S] [--title-fr T] [--title-en T] [--summary-fr T] [--summary-en T]
              [--number N] [--season N] [--type T] [--spoken L] [--slug S] [--published ISO-8601]
              [--time-zone ZONE] [--explicit true|false]
  episode artwork REF FILE | REF --remove
              the episode's own artwork (PNG or JPEG, copied into the library; warns when
              Apple Podcasts would refuse it); without it the feed uses the show's
  episode transcript REF --lang fr|en FILE | REF --lang fr|en --remove
              a transcript (WebVTT, SubRip or Podcasting 2.0 JSON), validated and copied in;
              a malformed file names its line and stores nothing
  search QUERY [--show S]
  chapters list REF
  chapters import REF FILE [--format auto|json|psc|mp4chaps|vtt|audacity|cue|ffmetadata|timestamps]
              [--lang fr|en] [--tolerance SECONDS]
  chapters export REF --format F [--lang fr|en] [--out FILE]
  chapters add REF --at SECONDS --title-fr T [--title-en T]
  peaks FILE [--per-second N] [--out FILE]
              waveform peaks of an audio file (no library needed); --json prints
              { duration, perSecond, min, max }, --out writes the binary peaks file
  release export --show S [--out DIR] [--zip] [--allow-warnings]
              feeds (fr, en), tagged audio, chapters, notes, manifest and report, built in a
              staging folder and moved into <library>/releases/<date>-<n>/ (or DIR, new or empty)
  release validate DIR | --show S
  release list --show S
  release changes --show S
  feed import FILE [--slug S]
              an RSS feed (itunes/podcast/psc tags) into a new show; audio URLs become remote
              media to relink
  notes align FILE | --fr FILE --en FILE [--lang fr|en]
              proposed French/English rows of mixed show notes (no library needed); --json prints
              { rows: [ { fr, en, confidence } ] } in reading order
  notes import REF FILE | REF --fr FILE --en FILE [--replace | --append]
              align and store the proposal (it also feeds the translation memory)
  notes list REF
  notes export REF --lang fr|en --format html|text|markdown [--out FILE]
  notes export-xliff REF [--out FILE] [--all]
  notes import-xliff REF FILE
  tm export [--out FILE.tmx]
  tm import FILE.tmx
  tm lookup TEXT --lang fr|en [--episode REF]
  library backup --out FILE
  library info

REF is an episode's numeric id or show-slug/number (e.g. raccords/5).
Chapter titles are read and written in --lang (default: the episode's language, French when
bilingual); importing onto existing chapters fills that language by time (within 1 s).
Statuses: draft, editing, translating, review, ready, published.
Exit codes: 0 success, 1 bad input, missing file or release validation errors (printed), 2 usage error.
`;
