/** Types and a small client for the shop API (same origin: /api is proxied to it). */

export interface Produit {
  id: number;
  nom: string;
  description: string;
  prix: number;
  devise: string;
  stock: number;
  categorie: string;
}

export interface PageProduits {
  produits: Produit[];
  page: number;
  taille: number;
  total: number;
  pages: number;
}

export interface Categorie {
  code: string;
  nom: string;
  nombreProduits: number;
}

export interface Utilisateur {
  id: number;
  nomUtilisateur: string;
  role: 'client' | 'admin';
  creeLe: string;
}

export interface Jeton {
  jeton: string;
  type: string;
  expireDans: number;
  utilisateur: Utilisateur;
}

export interface LignePanier {
  produitId: number;
  nom: string;
  prixUnitaire: number;
  quantite: number;
  sousTotal: number;
  stock: number;
}

export interface Panier {
  lignes: LignePanier[];
  total: number;
  devise: string;
}

export type StatutCommande = 'en_attente' | 'payee' | 'expediee' | 'annulee';

export interface Commande {
  id: number;
  utilisateur: string;
  creeLe: string;
  statut: StatutCommande;
  lignes: { produitId: number | null; nom: string; prixUnitaire: number; quantite: number; sousTotal: number }[];
  total: number;
  devise: string;
}

export interface ProduitSaisi {
  nom: string;
  description: string;
  prix: number;
  stock: number;
  categorie: string;
}

export interface Recherche {
  q?: string;
  categorie?: string;
  page?: number;
  taille?: number;
  tri?: string;
}

/** An error answer of the API: its status, stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const MESSAGES: Record<string, string> = {
  unauthorized: 'Veuillez vous connecter.',
  forbidden: "Votre compte n'a pas accès à cette action.",
  invalid_credentials: "Nom d'utilisateur ou mot de passe incorrect.",
  username_taken: "Ce nom d'utilisateur est déjà pris.",
  too_many_requests: 'Trop de tentatives : réessayez dans une minute.',
  empty_cart: 'Votre panier est vide.',
  validation_failed: 'Certains champs sont invalides.',
  not_found: 'Introuvable.',
  unknown_product: "Ce produit n'existe plus.",
  api_unavailable: 'Le service est momentanément indisponible.',
};

/** A French message for an error, the API's own when it already is French. */
export function messageErreur(erreur: unknown): string {
  if (erreur instanceof ApiError) {
    if (erreur.code === 'insufficient_stock' || erreur.code === 'invalid_status_change') {
      return erreur.message.split(' / ')[0];
    }
    return MESSAGES[erreur.code] ?? `Erreur ${erreur.status} : ${erreur.message}`;
  }
  return 'Le service est injoignable. Vérifiez votre connexion.';
}

/** The query string of a catalogue search; empty values are left out. */
export function queryString(recherche: Recherche): string {
  const params = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(recherche)) {
    if (valeur !== undefined && valeur !== null && String(valeur).trim() !== '') {
      params.set(cle, String(valeur).trim());
    }
  }
  const texte = params.toString();
  return texte ? `?${texte}` : '';
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function createApi(fetchFn: Fetch, jeton: () => string | null) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = jeton();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetchFn(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const erreur = (data ?? {}) as { error?: string; message?: string; fields?: { field: string; message: string }[] };
      throw new ApiError(response.status, erreur.error ?? `http_${response.status}`, erreur.message ?? response.statusText, erreur.fields ?? []);
    }
    return data as T;
  }

  return {
    rechercher: (r: Recherche) => call<PageProduits>('GET', `/api/produits${queryString({ page: 1, ...r })}`),
    produit: (id: number) => call<Produit>('GET', `/api/produits/${id}`),
    categories: () => call<Categorie[]>('GET', '/api/categories'),
    connexion: (nomUtilisateur: string, motDePasse: string) =>
      call<Jeton>('POST', '/api/auth/login', { nomUtilisateur, motDePasse }),
    inscription: (nomUtilisateur: string, motDePasse: string) =>
      call<Jeton>('POST', '/api/auth/register', { nomUtilisateur, motDePasse }),
    moi: () => call<Utilisateur>('GET', '/api/auth/moi'),
    deconnexion: () => call<void>('POST', '/api/auth/logout'),
    panier: () => call<Panier>('GET', '/api/panier'),
    mettreAuPanier: (produitId: number, quantite: number) =>
      call<Panier>('PUT', `/api/panier/lignes/${produitId}`, { quantite }),
    retirerDuPanier: (produitId: number) => call<Panier>('DELETE', `/api/panier/lignes/${produitId}`),
    commander: () => call<Commande>('POST', '/api/commandes'),
    commandes: () => call<Commande[]>('GET', '/api/commandes'),
    annulerCommande: (id: number) => call<Commande>('POST', `/api/commandes/${id}/annulation`),
    changerStatut: (id: number, statut: StatutCommande) => call<Commande>('PUT', `/api/commandes/${id}/statut`, { statut }),
    creerProduit: (p: ProduitSaisi) => call<Produit>('POST', '/api/produits', p),
    modifierProduit: (id: number, p: ProduitSaisi) => call<Produit>('PUT', `/api/produits/${id}`, p),
    changerStock: (id: number, stock: number) => call<Produit>('PUT', `/api/produits/${id}/stock`, { stock }),
    supprimerProduit: (id: number) => call<void>('DELETE', `/api/produits/${id}`),
  };
}

export type Api = ReturnType<typeof createApi>;
