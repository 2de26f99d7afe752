package dev.flotilla.clinic.demo;

import java.util.List;

/**
 * French family and given names, accents included, so that the generated data exercises
 * the accent-insensitive search.
 */
final class DemoNames {

	static final List<String> FAMILY = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
			"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
			"Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller",
			"Lefebvre", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
			"Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
			"Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour",
			"Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier",
			"Arnaud", "Martínez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
			"Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
			"Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
			"Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sánchez", "Dupuis", "Moulin",
			"Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam",
			"Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard",
			"Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet", "Léger",
			"Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain", "Breton",
			"Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun",
			"Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez", "Guichard",
			"Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin", "Da Silva",
			"Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau", "Perret",
			"Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier",
			"Laporte", "Straße", "Ollé");

	static final List<String> GIVEN = List.of("Hélène", "Élodie", "Chloé", "Léa", "Zoé", "Emma", "Jade", "Louise",
			"Alice", "Inès", "Camille", "Manon", "Léna", "Lucie", "Anaïs", "Agnès", "Cécile", "Noémie", "Maëlle",
			"Clémence", "Gaëlle", "Mélanie", "Bérénice", "Françoise", "Geneviève", "Thérèse", "Renée", "Josée",
			"Sophie", "Marie", "Jean", "Pierre", "Louis", "Gabriel", "Raphaël", "Léo", "Jules", "Hugo", "Noé", "Éric",
			"Jérôme", "Sébastien", "Stéphane", "Frédéric", "Benoît", "Joël", "Gaël", "Loïc", "Mickaël", "Clément",
			"Théo", "Mathéo", "Timothée", "Étienne", "André", "René", "Jérémy", "Aurélien", "Valentin", "Nicolas",
			"Paul", "Antoine", "Thomas", "Lucas", "Arthur", "Adèle", "Océane", "Maïwenn", "Rosalie", "Eugénie");

	static final List<String> DESCRIPTIONS = List.of("Scanner thoracique", "IRM cérébrale", "Radiographie du thorax",
			"Échographie abdominale", "Mammographie bilatérale", "Scanner abdomino-pelvien", "IRM du genou",
			"Radiographie du bassin", "Scintigraphie osseuse", "TEP-TDM corps entier", "Échographie cardiaque",
			"IRM lombaire", "Angioscanner", "Arthro-IRM de l'épaule", "Densitométrie osseuse");

	static final List<List<String>> MODALITIES = List.of(List.of("CT"), List.of("MR"), List.of("CR"), List.of("US"),
			List.of("MG"), List.of("CT"), List.of("MR", "SR"), List.of("DX"), List.of("NM"), List.of("PT", "CT"),
			List.of("US", "SR"), List.of("MR"), List.of("CT", "SR"), List.of("MR"), List.of("DX"));

	private DemoNames() {
	}

}
