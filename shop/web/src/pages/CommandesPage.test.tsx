// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Commande, StatutCommande } from '../api';
import { FausseApi, admin, afficher, client } from '../test/boutique';

function commande(id: number, statut: StatutCommande): Commande {
  return {
    id,
    utilisateur: 'alice',
    creeLe: '2026-01-01T10:00:00Z',
    statut,
    lignes: [{ produitId: 5, nom: 'Clavier mécanique', prixUnitaire: 89.9, quantite: 2, sousTotal: 179.8 }],
    total: 179.8,
    devise: 'EUR',
  };
}

describe('CommandesPage', () => {
  it('lets a client cancel an order that has not shipped, after confirming', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const api = new FausseApi()
      .repond('GET /api/commandes', { status: 200, body: [commande(8, 'payee'), commande(7, 'expediee')] })
      .repond('POST /api/commandes/8/annulation', { status: 200, body: commande(8, 'annulee') });
    afficher('/commandes', api, client);

    const expediee = await screen.findByRole('article', { name: 'Commande n° 7' });
    expect(within(expediee).getByText('Expédiée')).toBeTruthy();
    expect(within(expediee).queryByRole('button')).toBeNull();
    const payee = screen.getByRole('article', { name: 'Commande n° 8' });
    expect(within(payee).queryByRole('button', { name: /Marquer/ })).toBeNull();
    await userEvent.click(within(payee).getByRole('button', { name: 'Annuler la commande n° 8' }));

    expect((await screen.findByRole('status')).textContent).toBe('Commande n° 8 : annulée.');
    expect(within(payee).getByText('Annulée')).toBeTruthy();
    expect(api.appelsDe('POST /api/commandes/8/annulation')).toHaveLength(1);
  });

  it('cancels nothing when the client does not confirm', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const api = new FausseApi().repond('GET /api/commandes', { status: 200, body: [commande(8, 'en_attente')] });
    afficher('/commandes', api, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Annuler la commande n° 8' }));

    expect(api.appelsDe('POST /api/commandes/8/annulation')).toHaveLength(0);
    expect(screen.getByText('En attente')).toBeTruthy();
  });

  it('shows the refusal when the order shipped meanwhile', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const api = new FausseApi()
      .repond('GET /api/commandes', { status: 200, body: [commande(8, 'payee')] })
      .repond('POST /api/commandes/8/annulation', {
        status: 409,
        body: {
          error: 'invalid_status_change',
          message: 'Impossible de passer la commande n° 8 de « expediee » à « annulee » / Order 8 cannot go from expediee to annulee',
        },
      });
    afficher('/commandes', api, client);

    await userEvent.click(await screen.findByRole('button', { name: 'Annuler la commande n° 8' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Impossible de passer la commande n° 8 de « expediee » à « annulee »',
    );
  });

  it('lets the admin move an order along, one allowed step at a time', async () => {
    const api = new FausseApi()
      .repond('GET /api/commandes', { status: 200, body: [commande(8, 'en_attente')] })
      .repond('PUT /api/commandes/8/statut', (appel) => ({
        status: 200,
        body: commande(8, (appel.body as { statut: StatutCommande }).statut),
      }));
    afficher('/commandes', api, admin);

    await userEvent.click(await screen.findByRole('button', { name: 'Marquer payée n° 8' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Marquer expédiée n° 8' }));

    expect(await screen.findByText('Expédiée')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /n° 8/ })).toBeNull();
    expect(api.appelsDe('PUT /api/commandes/8/statut').map((a) => a.body)).toEqual([
      { statut: 'payee' },
      { statut: 'expediee' },
    ]);
  });
});
