import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, messageErreur, queryString } from './api';

function reponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('queryString', () => {
  it('leaves out empty values and trims', () => {
    expect(queryString({ q: ' écran ', categorie: '', page: 2 })).toBe('?q=%C3%A9cran&page=2');
    expect(queryString({})).toBe('');
  });
});

describe('createApi', () => {
  it('sends the bearer token and JSON body', async () => {
    const fetchFn = vi.fn().mockResolvedValue(reponse(200, { lignes: [], total: 0, devise: 'EUR' }));
    const api = createApi(fetchFn, () => 'abc');
    await api.mettreAuPanier(7, 2);
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe('/api/panier/lignes/7');
    expect(init.method).toBe('PUT');
    expect(init.headers.Authorization).toBe('Bearer abc');
    expect(init.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(init.body)).toEqual({ quantite: 2 });
  });

  it('logs out on the server with the bearer token', async () => {
    const fetchFn = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    await createApi(fetchFn, () => 'abc').deconnexion();
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe('/api/auth/logout');
    expect(init.method).toBe('POST');
    expect(init.headers.Authorization).toBe('Bearer abc');
  });

  it('sends no Authorization header when logged out', async () => {
    const fetchFn = vi.fn().mockResolvedValue(reponse(200, []));
    await createApi(fetchFn, () => null).categories();
    expect(fetchFn.mock.calls[0][1].headers.Authorization).toBeUndefined();
  });

  it('asks the first page of a search by default', async () => {
    const fetchFn = vi.fn().mockResolvedValue(reponse(200, { produits: [], page: 1, taille: 20, total: 0, pages: 0 }));
    await createApi(fetchFn, () => null).rechercher({ q: 'souris', tri: '-prix' });
    expect(fetchFn.mock.calls[0][0]).toBe('/api/produits?page=1&q=souris&tri=-prix');
  });

  it('turns an error answer into an ApiError with its code', async () => {
    const fetchFn = vi.fn().mockResolvedValue(
      reponse(409, { error: 'insufficient_stock', message: 'Stock insuffisant pour « X » : 0 disponible(s) / Not enough stock' }),
    );
    const erreur = await createApi(fetchFn, () => 't').commander().catch((e) => e);
    expect(erreur).toBeInstanceOf(ApiError);
    expect(erreur.status).toBe(409);
    expect(erreur.code).toBe('insufficient_stock');
    expect(messageErreur(erreur)).toBe('Stock insuffisant pour « X » : 0 disponible(s)');
  });

  it('copes with a non-JSON error and a 204', async () => {
    const fetchFn = vi.fn()
      .mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    const api = createApi(fetchFn, () => 't');
    const erreur = await api.produit(1).catch((e) => e);
    expect(erreur.code).toBe('http_502');
    await expect(api.supprimerProduit(1)).resolves.toBeUndefined();
  });
});

describe('messageErreur', () => {
  it('speaks French for known codes and network failures', () => {
    expect(messageErreur(new ApiError(401, 'invalid_credentials', 'x'))).toBe("Nom d'utilisateur ou mot de passe incorrect.");
    expect(messageErreur(new TypeError('Failed to fetch'))).toBe('Le service est injoignable. Vérifiez votre connexion.');
  });
});
