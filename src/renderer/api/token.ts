// The browser host's session token: read once from ?token=, kept in memory and in
// sessionStorage (so a reload still works), then dropped from the address bar.
import { TOKEN_QUERY } from '../../shared/api/web-protocol';

const STORAGE_KEY = 'balado.token';
let token: string | null = null;

export function readToken(): string {
  if (token !== null) return token;
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    token = fromUrl;
    try {
      sessionStorage.setItem(STORAGE_KEY, fromUrl);
      url.searchParams.delete(TOKEN_QUERY);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    } catch {
      // Storage refused (private mode): keep the token in the address bar so reload still works.
    }
    return token;
  }
  token = sessionStorage.getItem(STORAGE_KEY) ?? '';
  return token;
}
