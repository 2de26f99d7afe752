// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FausseApi, afficher, client } from '../test/boutique';

const panier = {
  lignes: [
    { produitId: 5, nom: 'Clavier mécanique', prixUnitaire: 89.9, quantite: 2, sousTotal: 179.8, stock: 3 },
    { produitId: 7, nom: 'Souris', prixUnitaire: 0.1, quantite: 3, sousTotal: 0.3, stock: 9 },
  ],
  total: 180.1,
  devise: 'EUR',
};

const vide = { lignes: [], total: 0, devise: 'EUR' };

describe('PanierPage', () => {
  it('shows the lines and the exact total', async () => {
    afficher('/panier', new FausseApi().repond('GET /api/panier', { status: 200, body: panier }), client);

    expect(await screen.findByText('5 articles')).toBeTruthy();
    expect(screen.getByText(/Total : 180,10\s€/)).toBeTruthy();
  });

  it('places the order and confirms it with its number', async () => {
    let commande = false;
    const api = new FausseApi()
      .repond('GET /api/panier', () => ({ status: 200, body: commande ? vide : panier }))
      .repond('POST /api/commandes', () => {
        commande = true;
        return { status: 201, body: { id: 42, utilisateur: 'alice', creeLe: '2026-01-01T00:00:00Z', lignes: [], total: 180.1, devise: 'EUR' } };
      });
    afficher('/panier', api, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Valider la commande' }));

    expect((await screen.findByRole('status')).textContent).toMatch(/^Commande n° 42 validée : 180,10\s€/);
    expect(screen.queryByRole('button', { name: 'Valider la commande' })).toBeNull();
  });

  it('shows the 409 message when the stock is short, and keeps the cart', async () => {
    const api = new FausseApi()
      .repond('GET /api/panier', { status: 200, body: panier })
      .repond('POST /api/commandes', {
        status: 409,
        body: {
          error: 'insufficient_stock',
          message: 'Stock insuffisant pour « Clavier mécanique » : 1 disponible(s), 2 demandé(s) / Not enough stock for product 5',
        },
      });
    afficher('/panier', api, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Valider la commande' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Stock insuffisant pour « Clavier mécanique » : 1 disponible(s), 2 demandé(s)',
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Valider la commande' })).toBeTruthy();
  });

  it('changes a quantity and removes a line through the API', async () => {
    const souris = { ...panier.lignes[1], quantite: 1, sousTotal: 0.1 };
    const api = new FausseApi()
      .repond('GET /api/panier', { status: 200, body: panier })
      .repond('PUT /api/panier/lignes/7', { status: 200, body: { ...panier, lignes: [panier.lignes[0], souris] } })
      .repond('DELETE /api/panier/lignes/5', { status: 200, body: { ...panier, lignes: [souris] } });
    afficher('/panier', api, client);

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Quantité de Souris' }), '1');
    expect(await screen.findByText('3 articles')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Retirer Clavier mécanique' }));

    expect(await screen.findByText('1 article')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Clavier mécanique' })).toBeNull();
    expect(api.appelsDe('PUT /api/panier/lignes/7')[0].body).toEqual({ quantite: 1 });
    expect(api.appelsDe('DELETE /api/panier/lignes/5')).toHaveLength(1);
  });
});
