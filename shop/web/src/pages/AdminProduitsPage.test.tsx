// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FausseApi, admin, afficher, categories, client, produit } from '../test/boutique';

const clavier = produit(5, 'Clavier mécanique', 89.9, 3);

function administration() {
  let prix = clavier.prix;
  return new FausseApi()
    .repond('GET /api/categories', { status: 200, body: categories })
    .repond('GET /api/produits', () => ({
      status: 200,
      body: { produits: [{ ...clavier, prix }], page: 1, taille: 100, total: 1, pages: 1 },
    }))
    .repond('PUT /api/produits/5', (appel) => {
      prix = (appel.body as { prix: number }).prix;
      return { status: 200, body: { ...clavier, prix } };
    });
}

describe('AdminProduitsPage', () => {
  it('edits a price typed the French way and shows the new one in the list', async () => {
    const api = administration();
    afficher('/admin/produits', api, admin);

    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Clavier mécanique' }));
    const formulaire = screen.getByRole('form', { name: 'Modifier Clavier mécanique' });
    const prix = within(formulaire).getByRole('textbox', { name: 'Prix (€)' });
    expect((prix as HTMLInputElement).value).toBe('89,90');
    await userEvent.clear(prix);
    await userEvent.type(prix, '99,5');
    await userEvent.click(within(formulaire).getByRole('button', { name: 'Enregistrer' }));

    expect((await screen.findByRole('status')).textContent).toBe('Produit « Clavier mécanique » enregistré.');
    expect(api.appelsDe('PUT /api/produits/5')[0].body).toEqual({
      nom: 'Clavier mécanique',
      description: 'Description de Clavier mécanique',
      prix: 99.5,
      stock: 3,
      categorie: 'claviers',
    });
    const ligne = screen.getByRole('row', { name: /Clavier mécanique/ });
    expect(ligne.textContent).toMatch(/99,50\s€/);
  });

  it('refuses an invalid price without calling the API', async () => {
    const api = administration();
    afficher('/admin/produits', api, admin);

    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Clavier mécanique' }));
    const prix = screen.getByRole('textbox', { name: 'Prix (€)' });
    await userEvent.clear(prix);
    await userEvent.type(prix, '12,345');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Prix invalide/);
    expect(api.appelsDe('PUT /api/produits/5')).toHaveLength(0);
  });

  it('shows the validation error the API returns', async () => {
    const api = administration().repond('PUT /api/produits/5', {
      status: 400,
      body: { error: 'validation_failed', message: 'Invalid', fields: [{ field: 'nom', message: 'too long' }] },
    });
    afficher('/admin/produits', api, admin);

    await userEvent.click(await screen.findByRole('button', { name: 'Modifier Clavier mécanique' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Certains champs sont invalides.');
  });

  it('is closed to a client', async () => {
    const api = administration();
    afficher('/admin/produits', api, client);

    expect((await screen.findByRole('alert')).textContent).toBe('Cette page est réservée aux administrateurs.');
    expect(api.appelsDe('GET /api/produits')).toHaveLength(0);
  });
});
