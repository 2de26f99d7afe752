import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { messageErreur, type Categorie, type Produit, type ProduitSaisi } from '../api';
import { useAuth } from '../auth';
import { formatPrix } from '../format';
import { ProduitForm } from './ProduitForm';

export function AdminProduitsPage() {
  const { api } = useAuth();
  const [q, setQ] = useState('');
  const [produits, setProduits] = useState<Produit[]>([]);
  const [categories, setCategories] = useState<Categorie[]>([]);
  const [edition, setEdition] = useState<Produit | null>(null);
  const [message, setMessage] = useState('');
  const [erreur, setErreur] = useState('');

  const charger = useCallback(
    (recherche: string) =>
      api.rechercher({ q: recherche, taille: 100, tri: 'nom' }).then((p) => setProduits(p.produits), (e) => setErreur(messageErreur(e))),
    [api],
  );

  useEffect(() => {
    charger('');
    api.categories().then(setCategories, () => setCategories([]));
  }, [api, charger]);

  async function agir(action: () => Promise<unknown>, succes: string) {
    setMessage('');
    setErreur('');
    try {
      await action();
      setMessage(succes);
      setEdition(null);
      await charger(q);
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }

  function chercher(event: FormEvent) {
    event.preventDefault();
    charger(q);
  }

  const enregistrer = (saisie: ProduitSaisi) =>
    edition && edition.id > 0
      ? agir(() => api.modifierProduit(edition.id, saisie), `Produit « ${saisie.nom} » enregistré.`)
      : agir(() => api.creerProduit(saisie), `Produit « ${saisie.nom} » créé.`);

  return (
    <section aria-labelledby="titre-admin">
      <h1 id="titre-admin">Administration des produits</h1>
      {message && <p role="status" className="succes">{message}</p>}
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
      {edition ? (
        <ProduitForm produit={edition} categories={categories} onSubmit={enregistrer} onCancel={() => setEdition(null)} />
      ) : (
        <>
          <form className="filtres" role="search" onSubmit={chercher}>
            <label>
              Filtrer
              <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
            </label>
            <button type="submit">Filtrer</button>
            <button type="button" className="principal" onClick={() =>
              setEdition({ id: 0, nom: '', description: '', prix: 0, devise: 'EUR', stock: 0, categorie: categories[0]?.code ?? '' })}>
              Nouveau produit
            </button>
          </form>
          <table>
            <caption>{produits.length} produit(s)</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Prix</th>
                <th scope="col">Stock</th>
                <th scope="col"><span className="invisible">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {produits.map((p) => (
                <tr key={p.id}>
                  <td>{p.nom}</td>
                  <td>{formatPrix(p.prix, p.devise)}</td>
                  <td>{p.stock}</td>
                  <td className="actions">
                    <button type="button" onClick={() => setEdition(p)}>
                      Modifier<span className="invisible"> {p.nom}</span>
                    </button>
                    <button type="button" onClick={() => {
                      if (window.confirm(`Supprimer « ${p.nom} » ?`)) {
                        agir(() => api.supprimerProduit(p.id), `Produit « ${p.nom} » supprimé.`);
                      }
                    }}>
                      Supprimer<span className="invisible"> {p.nom}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
