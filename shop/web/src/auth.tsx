import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createApi, type Api, type Jeton, type Utilisateur } from './api';

// The token lives in sessionStorage (this tab only, gone when it closes) and is sent in
// Authorization: no cookie, so no CSRF surface.
const CLE = 'boutique.session';

interface Session {
  jeton: string;
  utilisateur: Utilisateur;
}

interface Auth {
  api: Api;
  utilisateur: Utilisateur | null;
  ouvrir: (jeton: Jeton) => void;
  fermer: () => void;
}

const AuthContext = createContext<Auth | null>(null);

function lire(): Session | null {
  try {
    const brut = sessionStorage.getItem(CLE);
    return brut ? (JSON.parse(brut) as Session) : null;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(lire);
  const ouvrir = useCallback((j: Jeton) => {
    const s = { jeton: j.jeton, utilisateur: j.utilisateur };
    sessionStorage.setItem(CLE, JSON.stringify(s));
    setSession(s);
  }, []);
  const fermer = useCallback(() => {
    sessionStorage.removeItem(CLE);
    setSession(null);
  }, []);
  const api = useMemo(
    () =>
      createApi(
        (input, init) =>
          fetch(input, init).then((r) => {
            if (r.status === 401 && lire()) {
              // Expired or revoked token: back to a logged-out state.
              fermer();
            }
            return r;
          }),
        () => lire()?.jeton ?? null,
      ),
    [fermer],
  );
  const valeur = useMemo(
    () => ({ api, utilisateur: session?.utilisateur ?? null, ouvrir, fermer }),
    [api, session, ouvrir, fermer],
  );
  return <AuthContext.Provider value={valeur}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth outside AuthProvider');
  }
  return auth;
}
