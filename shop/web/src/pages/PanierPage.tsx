import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { messageErreur, type Commande, type Panier } from '../api';
import { useAuth } from '../auth';
import { nombreArticles, quantitesPossibles, total } from '../cart';
import { formatPrix, pluriel } from '../format';

export function PanierPage() {
  const { api } = useAuth();
  const [panier, setPanier] = useState<Panier | null>(null);
  const [commande, setCommande] = useState<Commande | null>(null);
  const [erreur, setErreur] = useState('');

  useEffect(() => {
    api.panier().then(setPanier, (e) => setErreur(messageErreur(e)));
  }, [api]);

  async function agir(action: () => Promise<Panier>) {
    setErreur('');
    try {
      setPanier(await action());
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }

  async function commander() {
    setErreur('');
    try {
      setCommande(await api.commander());
      setPanier(await api.panier());
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }

  return (
    <section aria-labelledby="titre-panier">
      <h1 id="titre-panier">Mon panier</h1>
      {commande && (
        <p role="status" className="succes">
          Commande n° {commande.id} validée : {formatPrix(commande.total)}. <Link to="/commandes">Voir mes commandes</Link>
        </p>
      )}
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
      {panier && panier.lignes.length === 0 && !commande && (
        <p>
          Votre panier est vide. <Link to="/">Parcourir le catalogue</Link>
        </p>
      )}
      {panier && panier.lignes.length > 0 && (
        <>
          <table>
            <caption>{pluriel(nombreArticles(panier.lignes), 'article')}</caption>
            <thead>
              <tr>
                <th scope="col">Produit</th>
                <th scope="col">Prix unitaire</th>
                <th scope="col">Quantité</th>
                <th scope="col">Sous-total</th>
                <th scope="col"><span className="invisible">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {panier.lignes.map((l) => (
                <tr key={l.produitId}>
                  <td><Link to={`/produits/${l.produitId}`}>{l.nom}</Link></td>
                  <td>{formatPrix(l.prixUnitaire)}</td>
                  <td>
                    <select
                      aria-label={`Quantité de ${l.nom}`}
                      value={l.quantite}
                      onChange={(e) => agir(() => api.mettreAuPanier(l.produitId, Number(e.target.value)))}
                    >
                      {quantitesPossibles(Math.max(l.stock, l.quantite)).map((n) => (
                        <option key={n} value={n}>{n}</option>
                      ))}
                    </select>
                  </td>
                  <td>{formatPrix(l.sousTotal)}</td>
                  <td>
                    <button type="button" onClick={() => agir(() => api.retirerDuPanier(l.produitId))}>
                      Retirer<span className="invisible"> {l.nom}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="total">Total : {formatPrix(total(panier.lignes))}</p>
          <button type="button" className="principal" onClick={commander}>
            Valider la commande
          </button>
        </>
      )}
    </section>
  );
}
