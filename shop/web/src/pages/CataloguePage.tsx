import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { messageErreur, type Categorie, type PageProduits } from '../api';
import { useAuth } from '../auth';
import { formatPrix, pluriel } from '../format';

const TAILLE = 12;

export function CataloguePage() {
  const { api } = useAuth();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const categorie = params.get('categorie') ?? '';
  const tri = params.get('tri') ?? 'nom';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [saisie, setSaisie] = useState(q);
  const [categories, setCategories] = useState<Categorie[]>([]);
  const [resultat, setResultat] = useState<PageProduits | null>(null);
  const [erreur, setErreur] = useState('');

  useEffect(() => {
    api.categories().then(setCategories, () => setCategories([]));
  }, [api]);

  useEffect(() => {
    let actif = true;
    setErreur('');
    api.rechercher({ q, categorie, tri, page, taille: TAILLE }).then(
      (r) => actif && setResultat(r),
      (e) => actif && setErreur(messageErreur(e)),
    );
    return () => {
      actif = false;
    };
  }, [api, q, categorie, tri, page]);

  function changer(valeurs: Record<string, string>) {
    const suivant = new URLSearchParams(params);
    for (const [cle, valeur] of Object.entries(valeurs)) {
      if (valeur) suivant.set(cle, valeur);
      else suivant.delete(cle);
    }
    if (!('page' in valeurs)) suivant.delete('page');
    setParams(suivant);
  }

  function chercher(event: FormEvent) {
    event.preventDefault();
    changer({ q: saisie.trim() });
  }

  return (
    <section aria-labelledby="titre-catalogue">
      <h1 id="titre-catalogue">Catalogue</h1>
      <form className="filtres" role="search" onSubmit={chercher}>
        <label>
          Rechercher
          <input type="search" name="q" value={saisie} onChange={(e) => setSaisie(e.target.value)} placeholder="ex. écran 27" />
        </label>
        <label>
          Catégorie
          <select value={categorie} onChange={(e) => changer({ categorie: e.target.value })}>
            <option value="">Toutes</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.nom} ({c.nombreProduits})
              </option>
            ))}
          </select>
        </label>
        <label>
          Trier par
          <select value={tri} onChange={(e) => changer({ tri: e.target.value })}>
            <option value="nom">Nom</option>
            <option value="prix">Prix croissant</option>
            <option value="-prix">Prix décroissant</option>
          </select>
        </label>
        <button type="submit">Rechercher</button>
      </form>
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
      {resultat && (
        <>
          <p aria-live="polite">{pluriel(resultat.total, 'produit')} trouvé{resultat.total > 1 ? 's' : ''}</p>
          <ul className="grille">
            {resultat.produits.map((p) => (
              <li key={p.id} className="carte">
                <h2>
                  <Link to={`/produits/${p.id}`}>{p.nom}</Link>
                </h2>
                <p className="prix">{formatPrix(p.prix, p.devise)}</p>
                <p className={p.stock > 0 ? 'stock' : 'stock epuise'}>
                  {p.stock > 0 ? `${p.stock} en stock` : 'Épuisé'}
                </p>
              </li>
            ))}
          </ul>
          {resultat.pages > 1 && (
            <nav className="pagination" aria-label="Pages">
              <button type="button" disabled={page <= 1} onClick={() => changer({ page: String(page - 1) })}>
                Page précédente
              </button>
              <span>
                Page {resultat.page} sur {resultat.pages}
              </span>
              <button type="button" disabled={page >= resultat.pages} onClick={() => changer({ page: String(page + 1) })}>
                Page suivante
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
