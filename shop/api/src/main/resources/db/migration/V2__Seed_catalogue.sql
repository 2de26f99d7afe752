-- The seed's catalogue ("Ordinateurs, Claviers, etc."): a realistic French shop. The search
-- column is filled by the Java migration V3 with the application's own normalizer.

INSERT INTO categorie (code, nom) VALUES ('ordinateurs', 'Ordinateurs');
INSERT INTO categorie (code, nom) VALUES ('claviers', 'Claviers');
INSERT INTO categorie (code, nom) VALUES ('souris', 'Souris');
INSERT INTO categorie (code, nom) VALUES ('ecrans', 'Écrans');
INSERT INTO categorie (code, nom) VALUES ('audio', 'Audio');
INSERT INTO categorie (code, nom) VALUES ('stockage', 'Stockage');
INSERT INTO categorie (code, nom) VALUES ('reseau', 'Réseau');
INSERT INTO categorie (code, nom) VALUES ('accessoires', 'Accessoires');

INSERT INTO produit (nom, description, prix, devise, stock, categorie) VALUES
('Ordinateur portable UltraBook 14"', 'Portable léger 14 pouces, processeur 8 cœurs, 16 Go de mémoire, SSD 512 Go, autonomie 12 heures.', 1099.00, 'EUR', 12, 'ordinateurs'),
('Ordinateur portable Pro 16"', 'Écran 16 pouces 120 Hz, 32 Go de mémoire, SSD 1 To, idéal pour le montage vidéo.', 2199.00, 'EUR', 5, 'ordinateurs'),
('Ordinateur de bureau Tour Gamer', 'Tour équipée d''une carte graphique dédiée, 32 Go de RAM et refroidissement liquide.', 1649.90, 'EUR', 4, 'ordinateurs'),
('Mini-PC Bureautique', 'Boîtier compact et silencieux pour la bureautique, 8 Go de RAM, SSD 256 Go.', 349.00, 'EUR', 25, 'ordinateurs'),
('Chromebook Éducation 11"', 'Ordinateur robuste pour l''école, clavier résistant aux éclaboussures.', 279.99, 'EUR', 30, 'ordinateurs'),
('Station de travail Création', 'Processeur 16 cœurs, 64 Go de mémoire ECC, deux SSD 2 To.', 3490.00, 'EUR', 2, 'ordinateurs'),
('Ordinateur tout-en-un 24"', 'Écran intégré 24 pouces Full HD, webcam et haut-parleurs.', 899.00, 'EUR', 8, 'ordinateurs'),
('Clavier mécanique AZERTY rétroéclairé', 'Switchs tactiles, rétroéclairage blanc, disposition française AZERTY.', 89.90, 'EUR', 40, 'claviers'),
('Clavier sans fil compact', 'Clavier Bluetooth multi-appareils, format compact, piles incluses.', 39.99, 'EUR', 60, 'claviers'),
('Clavier ergonomique séparé', 'Clavier en deux parties avec repose-poignets pour réduire la fatigue.', 129.00, 'EUR', 15, 'claviers'),
('Clavier gamer RVB', 'Éclairage RVB par touche, anti-ghosting complet, repose-poignets magnétique.', 149.90, 'EUR', 18, 'claviers'),
('Clavier silencieux bureautique', 'Touches plates à faible course, très silencieuses, pavé numérique.', 29.90, 'EUR', 75, 'claviers'),
('Souris sans fil ergonomique', 'Souris verticale pour une posture naturelle du poignet, 6 boutons.', 49.90, 'EUR', 45, 'souris'),
('Souris gamer 26 000 DPI', 'Capteur optique précis, 58 grammes, câble tressé souple.', 79.99, 'EUR', 22, 'souris'),
('Souris de voyage Bluetooth', 'Petite souris silencieuse, rechargeable en USB-C.', 24.90, 'EUR', 80, 'souris'),
('Trackball ergonomique', 'Boule de commande au pouce, idéale pour les petits bureaux.', 59.00, 'EUR', 12, 'souris'),
('Souris filaire basique', 'Souris USB optique fiable pour tous les jours.', 9.99, 'EUR', 150, 'souris'),
('Écran 24" Full HD IPS', 'Dalle IPS 24 pouces 1920×1080, 75 Hz, bords fins.', 139.00, 'EUR', 35, 'ecrans'),
('Écran 27" QHD 165 Hz', 'Dalle 27 pouces 2560×1440, 165 Hz, 1 ms, idéal pour le jeu.', 299.00, 'EUR', 14, 'ecrans'),
('Écran 32" 4K USB-C', 'Dalle 4K UHD, USB-C 90 W pour charger le portable, calibré en usine.', 549.00, 'EUR', 7, 'ecrans'),
('Écran incurvé 34" ultra-large', 'Format 21:9 incurvé 1500R, 144 Hz, parfait pour le multitâche.', 449.90, 'EUR', 6, 'ecrans'),
('Écran portable 15,6"', 'Écran USB-C de voyage, alimentation et image par un seul câble.', 179.00, 'EUR', 20, 'ecrans'),
('Casque sans fil à réduction de bruit', 'Réduction de bruit active, 30 heures d''autonomie, pliable.', 249.00, 'EUR', 16, 'audio'),
('Écouteurs intra-auriculaires Bluetooth', 'Boîtier de charge, résistants à la transpiration, appels clairs.', 69.90, 'EUR', 55, 'audio'),
('Micro USB pour visioconférence', 'Microphone à condensateur, directivité cardioïde, prise casque.', 89.00, 'EUR', 19, 'audio'),
('Enceintes de bureau 2.0', 'Paire d''enceintes compactes avec entrée Bluetooth et jack.', 59.90, 'EUR', 24, 'audio'),
('Casque-micro filaire', 'Casque USB avec micro antibruit pour le télétravail.', 34.90, 'EUR', 48, 'audio'),
('SSD NVMe 1 To', 'Lecture jusqu''à 7 000 Mo/s, format M.2 2280, garantie 5 ans.', 89.99, 'EUR', 50, 'stockage'),
('SSD externe 2 To USB-C', 'Disque SSD portable antichoc, 1 050 Mo/s.', 169.00, 'EUR', 21, 'stockage'),
('Disque dur externe 4 To', 'Disque dur USB 3.0 pour les sauvegardes, logiciel de sauvegarde inclus.', 109.90, 'EUR', 26, 'stockage'),
('Clé USB 128 Go', 'Clé USB 3.2 métallique, lecture 400 Mo/s.', 19.90, 'EUR', 120, 'stockage'),
('Carte microSD 256 Go', 'Carte mémoire A2 V30 avec adaptateur SD.', 29.99, 'EUR', 90, 'stockage'),
('Serveur NAS 2 baies', 'Stockage réseau pour la maison ou la petite entreprise, RAID 1.', 329.00, 'EUR', 9, 'stockage'),
('Routeur Wi-Fi 6', 'Routeur bi-bande AX3000, contrôle parental, 4 ports Gigabit.', 119.00, 'EUR', 17, 'reseau'),
('Kit Wi-Fi maillé (3 bornes)', 'Couverture Wi-Fi 6 jusqu''à 450 m², configuration par application.', 279.00, 'EUR', 10, 'reseau'),
('Switch 8 ports Gigabit', 'Commutateur métallique non administrable, sans ventilateur.', 29.90, 'EUR', 40, 'reseau'),
('Adaptateur CPL 1000 Mbit/s', 'Paire d''adaptateurs pour porter le réseau par le courant électrique.', 69.00, 'EUR', 23, 'reseau'),
('Câble Ethernet Cat 6 (5 m)', 'Câble RJ45 blindé, débit 1 Gbit/s.', 7.90, 'EUR', 200, 'reseau'),
('Webcam Full HD 1080p', 'Webcam avec autofocus, double micro et cache de confidentialité.', 59.99, 'EUR', 33, 'accessoires'),
('Station d''accueil USB-C 11-en-1', 'HDMI, DisplayPort, Ethernet, lecteur SD et recharge 100 W.', 129.00, 'EUR', 15, 'accessoires'),
('Tapis de souris XXL', 'Tapis de bureau 90×40 cm, base antidérapante, bords cousus.', 19.99, 'EUR', 70, 'accessoires'),
('Support d''écran double bras', 'Bras articulés à vérin pour deux écrans de 17 à 32 pouces.', 89.00, 'EUR', 12, 'accessoires'),
('Sacoche pour ordinateur 15,6"', 'Sacoche déperlante avec compartiment rembourré.', 39.90, 'EUR', 28, 'accessoires'),
('Chargeur USB-C GaN 100 W', 'Chargeur compact à trois ports pour portable, tablette et téléphone.', 54.90, 'EUR', 37, 'accessoires'),
('Hub USB 3.0 4 ports', 'Hub alimenté en aluminium avec interrupteurs individuels.', 22.90, 'EUR', 52, 'accessoires'),
('Onduleur 1 000 VA', 'Alimentation sans interruption pour protéger l''ordinateur des coupures.', 149.00, 'EUR', 8, 'accessoires');
