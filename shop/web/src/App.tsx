import { NavLink, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import type { ReactNode } from 'react';
import { useAuth } from './auth';
import { CataloguePage } from './pages/CataloguePage';
import { ProduitPage } from './pages/ProduitPage';
import { PanierPage } from './pages/PanierPage';
import { CommandesPage } from './pages/CommandesPage';
import { ConnexionPage } from './pages/ConnexionPage';
import { AdminProduitsPage } from './pages/AdminProduitsPage';

function Protege({ admin = false, children }: { admin?: boolean; children: ReactNode }) {
  const { utilisateur } = useAuth();
  if (!utilisateur) {
    return <Navigate to="/connexion" replace />;
  }
  if (admin && utilisateur.role !== 'admin') {
    return <p role="alert">Cette page est réservée aux administrateurs.</p>;
  }
  return <>{children}</>;
}

export function App() {
  const { api, utilisateur, fermer } = useAuth();
  const navigate = useNavigate();
  return (
    <>
      <a className="evitement" href="#contenu">
        Aller au contenu
      </a>
      <header className="entete">
        <NavLink to="/" className="marque">
          Ma Boutique Répartie
        </NavLink>
        <nav aria-label="Navigation principale">
          <NavLink to="/" end>
            Catalogue
          </NavLink>
          {utilisateur && <NavLink to="/panier">Panier</NavLink>}
          {utilisateur && <NavLink to="/commandes">Commandes</NavLink>}
          {utilisateur?.role === 'admin' && <NavLink to="/admin/produits">Administration</NavLink>}
          {utilisateur ? (
            <button
              type="button"
              className="lien"
              onClick={() => {
                // The server revokes the token (read before fermer() forgets it); the
                // tab is logged out whatever the answer.
                api.deconnexion().catch(() => undefined);
                fermer();
                navigate('/');
              }}
            >
              Se déconnecter ({utilisateur.nomUtilisateur})
            </button>
          ) : (
            <NavLink to="/connexion">Se connecter</NavLink>
          )}
        </nav>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<CataloguePage />} />
          <Route path="/produits/:id" element={<ProduitPage />} />
          <Route path="/connexion" element={<ConnexionPage />} />
          <Route path="/panier" element={<Protege><PanierPage /></Protege>} />
          <Route path="/commandes" element={<Protege><CommandesPage /></Protege>} />
          <Route path="/admin/produits" element={<Protege admin><AdminProduitsPage /></Protege>} />
          <Route path="*" element={<p>Page introuvable.</p>} />
        </Routes>
      </main>
    </>
  );
}
