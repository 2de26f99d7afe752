// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FausseApi, admin, afficher, categories } from '../test/boutique';

async function remplir(nom: string, motDePasse: string) {
  await userEvent.type(screen.getByRole('textbox', { name: "Nom d'utilisateur" }), nom);
  await userEvent.type(screen.getByLabelText('Mot de passe'), motDePasse);
}

describe('ConnexionPage', () => {
  it('says the credentials are wrong on a 401, and stays logged out', async () => {
    const api = new FausseApi().repond('POST /api/auth/login', {
      status: 401,
      body: { error: 'invalid_credentials', message: 'Bad credentials' },
    });
    afficher('/connexion', api);

    await remplir('alice', 'mauvais');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect((await screen.findByRole('alert')).textContent).toBe("Nom d'utilisateur ou mot de passe incorrect.");
    expect(api.appelsDe('POST /api/auth/login')[0].body).toEqual({ nomUtilisateur: 'alice', motDePasse: 'mauvais' });
    expect(sessionStorage.getItem('boutique.session')).toBeNull();
  });

  it('asks to wait after too many attempts', async () => {
    afficher('/connexion', new FausseApi().repond('POST /api/auth/login', {
      status: 429,
      body: { error: 'too_many_requests', message: 'Too many attempts' },
    }));

    await remplir('alice', 'encore');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Trop de tentatives : réessayez dans une minute.');
  });

  it('says a name is taken when registering', async () => {
    const api = new FausseApi().repond('POST /api/auth/register', {
      status: 409,
      body: { error: 'username_taken', message: 'Taken' },
    });
    afficher('/connexion', api);

    await userEvent.click(screen.getByRole('button', { name: 'Pas encore de compte ? Inscrivez-vous' }));
    await remplir('alice', 'bon-mot-de-passe');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect((await screen.findByRole('alert')).textContent).toBe("Ce nom d'utilisateur est déjà pris.");
    expect(api.appelsDe('POST /api/auth/register')).toHaveLength(1);
  });

  it('does not send a registration with a password under 8 characters', async () => {
    const api = new FausseApi();
    afficher('/connexion', api);

    await userEvent.click(screen.getByRole('button', { name: 'Pas encore de compte ? Inscrivez-vous' }));
    await remplir('alice', 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(api.appelsDe('POST /api/auth/register')).toHaveLength(0);
  });

  it('takes an admin to the product administration after logging in', async () => {
    const api = new FausseApi()
      .repond('POST /api/auth/login', { status: 200, body: { jeton: 'j', type: 'Bearer', expireDans: 3600, utilisateur: admin } })
      .repond('GET /api/categories', { status: 200, body: categories })
      .repond('GET /api/produits', { status: 200, body: { produits: [], page: 1, taille: 100, total: 0, pages: 0 } });
    afficher('/connexion', api);

    await remplir('admin', 'admin123');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { name: 'Administration des produits' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se déconnecter (admin)' })).toBeTruthy();
  });

  it('revokes the token on the server when logging out', async () => {
    const api = new FausseApi()
      .repond('POST /api/auth/login', { status: 200, body: { jeton: 'j', type: 'Bearer', expireDans: 3600, utilisateur: admin } })
      .repond('POST /api/auth/logout', { status: 204 })
      .repond('GET /api/categories', { status: 200, body: categories })
      .repond('GET /api/produits', { status: 200, body: { produits: [], page: 1, taille: 100, total: 0, pages: 0 } });
    afficher('/connexion', api);

    await remplir('admin', 'admin123');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Se déconnecter (admin)' }));

    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeTruthy();
    expect(api.appelsDe('POST /api/auth/logout')).toHaveLength(1);
    expect(sessionStorage.getItem('boutique.session')).toBeNull();
  });
});
