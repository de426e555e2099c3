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
  search QUERY [--show S]
  library backup --out FILE
  library info

REF is an episode's numeric id or show-slug/number (e.g. raccords/5).
Statuses: draft, editing, translating, review, ready, published.
Exit codes: 0 success, 1 bad input or missing file, 2 usage error.
`;
