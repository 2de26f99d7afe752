import { useEffect, useState } from 'react';
import { messageErreur, type Commande } from '../api';
import { useAuth } from '../auth';
import { formatDate, formatPrix } from '../format';

export function CommandesPage() {
  const { api, utilisateur } = useAuth();
  const [commandes, setCommandes] = useState<Commande[] | null>(null);
  const [erreur, setErreur] = useState('');

  useEffect(() => {
    api.commandes().then(setCommandes, (e) => setErreur(messageErreur(e)));
  }, [api]);

  return (
    <section aria-labelledby="titre-commandes">
      <h1 id="titre-commandes">{utilisateur?.role === 'admin' ? 'Toutes les commandes' : 'Mes commandes'}</h1>
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
      {commandes && commandes.length === 0 && <p>Aucune commande pour le moment.</p>}
      {commandes?.map((c) => (
        <article key={c.id} className="commande" aria-label={`Commande n° ${c.id}`}>
          <h2>
            Commande n° {c.id} — {formatDate(c.creeLe)}
            {utilisateur?.role === 'admin' && ` — ${c.utilisateur}`}
          </h2>
          <ul>
            {c.lignes.map((l, i) => (
              <li key={i}>
                {l.quantite} × {l.nom} à {formatPrix(l.prixUnitaire)} = {formatPrix(l.sousTotal)}
              </li>
            ))}
          </ul>
          <p className="total">Total : {formatPrix(c.total, c.devise)}</p>
        </article>
      ))}
    </section>
  );
}
