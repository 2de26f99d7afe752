import { describe, expect, it } from 'vitest';
import { enCentimes, lirePrix, nombreArticles, quantitesPossibles, sousTotal, total } from './cart';

describe('cart arithmetic', () => {
  it('adds prices in cents, with no float drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(total([{ prixUnitaire: 0.1, quantite: 1 }, { prixUnitaire: 0.2, quantite: 1 }])).toBe(0.3);
    expect(total([{ prixUnitaire: 49.9, quantite: 2 }, { prixUnitaire: 19.99, quantite: 3 }])).toBe(159.77);
  });

  it('computes a line subtotal', () => {
    expect(sousTotal({ prixUnitaire: 19.99, quantite: 3 })).toBe(59.97);
    expect(enCentimes(1099)).toBe(109900);
  });

  it('counts the articles', () => {
    expect(nombreArticles([{ quantite: 2 }, { quantite: 5 }])).toBe(7);
    expect(total([])).toBe(0);
  });

  it('offers quantities up to the stock and at most 99', () => {
    expect(quantitesPossibles(3)).toEqual([1, 2, 3]);
    expect(quantitesPossibles(0)).toEqual([]);
    expect(quantitesPossibles(500)).toHaveLength(99);
  });
});

describe('lirePrix', () => {
  it('reads French and English decimals', () => {
    expect(lirePrix('89,90')).toBe(89.9);
    expect(lirePrix('1 099.00 €')).toBe(1099);
  });

  it('refuses what the API would refuse', () => {
    expect(lirePrix('0')).toBeNull();
    expect(lirePrix('-3')).toBeNull();
    expect(lirePrix('1,999')).toBeNull();
    expect(lirePrix('abc')).toBeNull();
    expect(lirePrix('1000000')).toBeNull();
  });
});
