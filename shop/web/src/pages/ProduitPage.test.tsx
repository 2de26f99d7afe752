// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FausseApi, afficher, client, produit } from '../test/boutique';

const clavier = produit(5, 'Clavier mécanique', 89.9, 3);

function boutique() {
  return new FausseApi()
    .repond('GET /api/produits/5', { status: 200, body: clavier })
    .repond('PUT /api/panier/lignes/5', { status: 200, body: { lignes: [], total: 0, devise: 'EUR' } });
}

describe('ProduitPage', () => {
  it('puts the chosen quantity in the cart and confirms it', async () => {
    const api = boutique();
    afficher('/produits/5', api, client);

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Quantité' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter au panier' }));

    expect((await screen.findByRole('status')).textContent).toBe('Ajouté au panier : 2 × Clavier mécanique');
    const [appel] = api.appelsDe('PUT /api/panier/lignes/5');
    expect(appel.body).toEqual({ quantite: 2 });
  });

  it('offers no more than the stock', async () => {
    afficher('/produits/5', boutique(), client);

    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['1', '2', '3']);
  });

  it('shows the conflict when the stock went down meanwhile', async () => {
    const api = boutique().repond('PUT /api/panier/lignes/5', {
      status: 409,
      body: { error: 'insufficient_stock', message: 'Stock insuffisant pour « Clavier mécanique » : 1 disponible(s), 3 demandé(s) / Not enough stock for product 5' },
    });
    afficher('/produits/5', api, client);

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Quantité' }), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter au panier' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Stock insuffisant pour « Clavier mécanique » : 1 disponible(s), 3 demandé(s)',
    );
  });

  it('asks an anonymous visitor to log in instead of offering the cart', async () => {
    const api = boutique();
    afficher('/produits/5', api);

    expect(await screen.findByRole('link', { name: 'Connectez-vous' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajouter au panier' })).toBeNull();
  });
});
