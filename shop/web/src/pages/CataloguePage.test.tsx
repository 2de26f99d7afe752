// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FausseApi, afficher, categories, produit } from '../test/boutique';

function page(numero: number, total: number, noms: string[]) {
  return {
    produits: noms.map((nom, i) => produit(numero * 100 + i, nom, 19.9, i)),
    page: numero,
    taille: 12,
    total,
    pages: Math.ceil(total / 12),
  };
}

function catalogue() {
  return new FausseApi()
    .repond('GET /api/categories', { status: 200, body: categories })
    .repond('GET /api/produits', (appel) => {
      const params = new URL(appel.url, 'http://x').searchParams;
      const numero = Number(params.get('page'));
      return { status: 200, body: page(numero, 30, [`Produit page ${numero}`]) };
    });
}

function parametres(api: FausseApi) {
  const derniers = api.appelsDe('GET /api/produits');
  return new URL(derniers[derniers.length - 1].url, 'http://x').searchParams;
}

describe('CataloguePage', () => {
  it('lists the first page with its total, prices and stock', async () => {
    afficher('/', catalogue());

    expect(await screen.findByRole('link', { name: 'Produit page 1' })).toBeTruthy();
    expect(screen.getByText('30 produits trouvés')).toBeTruthy();
    expect(screen.getByText('Page 1 sur 3')).toBeTruthy();
    expect(screen.getByText('Épuisé')).toBeTruthy();
    expect(screen.getByText(/19,90\s€/)).toBeTruthy();
  });

  it('searches the typed words and goes back to page 1', async () => {
    const api = catalogue();
    afficher('/?page=2', api);
    await screen.findByRole('link', { name: 'Produit page 2' });

    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'écran 27');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    await screen.findByRole('link', { name: 'Produit page 1' });
    expect(parametres(api).get('q')).toBe('écran 27');
    expect(parametres(api).get('page')).toBe('1');
  });

  it('filters by category, offering each with its product count', async () => {
    const api = catalogue();
    afficher('/', api);
    const filtre = await screen.findByRole('combobox', { name: 'Catégorie' });
    await screen.findByRole('option', { name: 'Souris (5)' });

    await userEvent.selectOptions(filtre, 'souris');

    await waitFor(() => expect(parametres(api).get('categorie')).toBe('souris'));
  });

  it('pages forward and back, with the buttons disabled at the ends', async () => {
    const api = catalogue();
    afficher('/', api);
    await screen.findByText('Page 1 sur 3');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('button', { name: 'Page précédente' }).hasAttribute('disabled')).toBe(true);

    await userEvent.click(within(pages).getByRole('button', { name: 'Page suivante' }));
    await screen.findByText('Page 2 sur 3');
    await userEvent.click(screen.getByRole('button', { name: 'Page suivante' }));
    await screen.findByText('Page 3 sur 3');

    expect(screen.getByRole('button', { name: 'Page suivante' }).hasAttribute('disabled')).toBe(true);
    expect(parametres(api).get('page')).toBe('3');
  });

  it('says so in French when the API is down', async () => {
    const api = new FausseApi()
      .repond('GET /api/categories', { status: 200, body: [] })
      .repond('GET /api/produits', { status: 502, body: { error: 'api_unavailable', message: 'Bad gateway' } });
    afficher('/', api);

    expect((await screen.findByRole('alert')).textContent).toBe('Le service est momentanément indisponible.');
  });
});
