/**
 * Component-test harness: the whole App in a memory router, with fetch replaced by a
 * table of canned API answers that records every call.
 */
import { cleanup, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, vi } from 'vitest';
import { App } from '../App';
import { AuthProvider } from '../auth';
import type { Produit, Utilisateur } from '../api';

export interface Appel {
  method: string;
  url: string;
  body: unknown;
}

type Reponse = { status: number; body?: unknown } | ((appel: Appel) => { status: number; body?: unknown });

/** Canned answers keyed by "METHOD /path" (the path without its query string). */
export class FausseApi {
  readonly appels: Appel[] = [];
  private readonly routes = new Map<string, Reponse>();

  repond(route: string, reponse: Reponse): this {
    this.routes.set(route, reponse);
    return this;
  }

  /** The calls made to a route, e.g. "GET /api/produits". */
  appelsDe(route: string): Appel[] {
    return this.appels.filter((a) => `${a.method} ${a.url.split('?')[0]}` === route);
  }

  readonly fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const appel: Appel = {
      method: init?.method ?? 'GET',
      url: input,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    this.appels.push(appel);
    const route = this.routes.get(`${appel.method} ${input.split('?')[0]}`);
    if (!route) {
      return new Response(JSON.stringify({ error: 'not_found', message: 'No route' }), { status: 404 });
    }
    const { status, body } = typeof route === 'function' ? route(appel) : route;
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

export const client: Utilisateur = { id: 2, nomUtilisateur: 'alice', role: 'client', creeLe: '2026-01-01T00:00:00Z' };
export const admin: Utilisateur = { id: 1, nomUtilisateur: 'admin', role: 'admin', creeLe: '2026-01-01T00:00:00Z' };

export function produit(id: number, nom: string, prix = 10, stock = 5, categorie = 'claviers'): Produit {
  return { id, nom, description: `Description de ${nom}`, prix, devise: 'EUR', stock, categorie };
}

export const categories = [
  { code: 'claviers', nom: 'Claviers', nombreProduits: 5 },
  { code: 'souris', nom: 'Souris', nombreProduits: 5 },
];

/** Render the App at a route, logged in as the given user (or anonymous). */
export function afficher(route: string, api: FausseApi, utilisateur: Utilisateur | null = null) {
  if (utilisateur) {
    sessionStorage.setItem('boutique.session', JSON.stringify({ jeton: 'jeton-de-test', utilisateur }));
  }
  vi.stubGlobal('fetch', api.fetch);
  return render(
    <MemoryRouter initialEntries={[route]}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
