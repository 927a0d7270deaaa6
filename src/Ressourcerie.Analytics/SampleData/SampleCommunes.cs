namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// The real communes where synthetic institutions are placed, covering the 18 regions.
/// Sources (values copied, not computed):
/// <list type="bullet">
/// <item>rows without a note: commune centroids from the project's reference lists of écoles
/// supérieures d'art and FRAC (<c>communes-departement-region.csv</c> via github Sabsten/Projet_Graphe,
/// Licence Ouverte);</item>
/// <item>rows marked <c>M:</c> the position of the museum with that Muséofile id in the ministry's
/// "Liste et localisation des Musées de France" (data.culture.gouv.fr): a point inside the commune.
/// Dzaoudzi is written "Mayotte" in that list (the MuMa, musée de Mayotte, is in Dzaoudzi);
/// Saint-Denis is written "Saint-Denis-de-la-Réunion".</item>
/// </list>
/// Regions are today's 18 (2016 reform); <see cref="Commune.FormerRegion"/> is the pre-2016 region
/// when it had another name.
/// </summary>
internal static class SampleCommunes
{
    /// <summary>The 18 regions, metropolitan ones in alphabetical order, then the overseas ones.</summary>
    public static IReadOnlyList<string> Regions { get; } =
    [
        "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
        "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
        "Pays de la Loire", "Provence-Alpes-Côte d'Azur",
        "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    ];

    public static IReadOnlyList<Commune> All { get; } =
    [
        // Auvergne-Rhône-Alpes
        new("Annecy", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.890643, 6.125518, 1),
        new("Bourg-en-Bresse", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 46.196549, 5.236521, 1), // M: M0963
        new("Chambéry", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.552732, 5.930110, 1), // M: M1049
        new("Clermont-Ferrand", "Auvergne-Rhône-Alpes", "Auvergne", 45.785649, 3.115545, 1),
        new("Grenoble", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.182122, 5.721331, 2),
        new("Lyon", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.769928, 4.829225, 4),
        new("Moulins", "Auvergne-Rhône-Alpes", "Auvergne", 46.567070, 3.331218, 1), // M: M0106
        new("Saint-Étienne", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.430124, 4.379140, 1),
        new("Valence", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 44.922981, 4.914440, 1),
        new("Vichy", "Auvergne-Rhône-Alpes", "Auvergne", 46.128104, 3.419803, 1), // M: M0109
        new("Vienne", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.524069, 4.874620, 1), // M: M1005
        new("Villeurbanne", "Auvergne-Rhône-Alpes", "Rhône-Alpes", 45.770770, 4.888458, 1),
        // Bourgogne-Franche-Comté
        new("Auxerre", "Bourgogne-Franche-Comté", "Bourgogne", 47.796936, 3.564362, 1), // M: M7020
        new("Belfort", "Bourgogne-Franche-Comté", "Franche-Comté", 47.637570, 6.867072, 1), // M: M0361
        new("Besançon", "Bourgogne-Franche-Comté", "Franche-Comté", 47.255387, 6.019487, 1),
        new("Chalon-sur-Saône", "Bourgogne-Franche-Comté", "Bourgogne", 46.780045, 4.855727, 1), // M: M0166
        new("Dijon", "Bourgogne-Franche-Comté", "Bourgogne", 47.322944, 5.037888, 2),
        new("Dole", "Bourgogne-Franche-Comté", "Franche-Comté", 47.089059, 5.488205, 1), // M: M0347
        new("Mâcon", "Bourgogne-Franche-Comté", "Bourgogne", 46.307508, 4.833156, 1), // M: M0172
        new("Nevers", "Bourgogne-Franche-Comté", "Bourgogne", 46.986290, 3.155037, 1), // M: M0155
        // Bretagne
        new("Brest", "Bretagne", null, 48.400500, -4.502791, 1),
        new("Lorient", "Bretagne", null, 47.750049, -3.378232, 1),
        new("Morlaix", "Bretagne", null, 48.577242, -3.825317, 1), // M: M0202
        new("Quimper", "Bretagne", null, 47.997143, -4.091119, 1),
        new("Rennes", "Bretagne", null, 48.111979, -1.681864, 2),
        new("Saint-Brieuc", "Bretagne", null, 48.512139, -2.762171, 1), // M: M0196
        new("Saint-Malo", "Bretagne", null, 48.634198, -2.025905, 1), // M: M0215
        new("Vannes", "Bretagne", null, 47.657693, -2.757556, 1), // M: M0228
        // Centre-Val de Loire
        new("Blois", "Centre-Val de Loire", "Centre", 47.585122, 1.333020, 1), // M: M7024
        new("Bourges", "Centre-Val de Loire", "Centre", 47.074957, 2.404171, 1),
        new("Chartres", "Centre-Val de Loire", "Centre", 48.447624, 1.486763, 1), // M: M0238
        new("Châteauroux", "Centre-Val de Loire", "Centre", 46.813737, 1.694262, 1), // M: M0247
        new("Orléans", "Centre-Val de Loire", "Centre", 47.882863, 1.916104, 1),
        new("Tours", "Centre-Val de Loire", "Centre", 47.398638, 0.696526, 1),
        // Corse
        new("Ajaccio", "Corse", null, 41.922406, 8.738487, 1), // M: M0324
        new("Bastia", "Corse", null, 42.693145, 9.450578, 1), // M: M0329
        new("Corte", "Corse", null, 42.270070, 9.082895, 1),
        // Grand Est
        new("Colmar", "Grand Est", "Alsace", 48.076747, 7.357746, 1), // M: M0027
        new("Metz", "Grand Est", "Lorraine", 49.108113, 6.195525, 2),
        new("Mulhouse", "Grand Est", "Alsace", 47.749163, 7.325700, 1),
        new("Nancy", "Grand Est", "Lorraine", 48.690200, 6.175883, 2),
        new("Reims", "Grand Est", "Champagne-Ardenne", 49.251491, 4.040230, 1),
        new("Strasbourg", "Grand Est", "Alsace", 48.571268, 7.767527, 3),
        new("Sélestat", "Grand Est", "Alsace", 48.248114, 7.462249, 1),
        new("Troyes", "Grand Est", "Champagne-Ardenne", 48.299643, 4.080736, 1), // M: M0302
        new("Épinal", "Grand Est", "Lorraine", 48.163120, 6.479893, 1),
        // Hauts-de-France
        new("Amiens", "Hauts-de-France", "Picardie", 49.900953, 2.290074, 1),
        new("Arras", "Hauts-de-France", "Nord-Pas-de-Calais", 50.291759, 2.772987, 1), // M: M0640
        new("Beauvais", "Hauts-de-France", "Picardie", 49.432788, 2.080444, 1), // M: M0798
        new("Calais", "Hauts-de-France", "Nord-Pas-de-Calais", 50.956724, 1.851871, 1), // M: M0644
        new("Cambrai", "Hauts-de-France", "Nord-Pas-de-Calais", 50.170278, 3.242210, 1),
        new("Compiègne", "Hauts-de-France", "Picardie", 49.418173, 2.829989, 1), // M: M5010
        new("Dunkerque", "Hauts-de-France", "Nord-Pas-de-Calais", 51.030723, 2.337524, 1),
        new("Lille", "Hauts-de-France", "Nord-Pas-de-Calais", 50.626639, 3.066546, 3), // M: M7001
        new("Roubaix", "Hauts-de-France", "Nord-Pas-de-Calais", 50.693026, 3.167910, 1), // M: M0634
        new("Saint-Quentin", "Hauts-de-France", "Picardie", 49.849891, 3.285398, 1), // M: M0793
        new("Tourcoing", "Hauts-de-France", "Nord-Pas-de-Calais", 50.725442, 3.158828, 1),
        new("Valenciennes", "Hauts-de-France", "Nord-Pas-de-Calais", 50.358867, 3.515677, 1),
        // Île-de-France
        new("Boulogne-Billancourt", "Île-de-France", null, 48.841354, 2.227488, 1), // M: M0407
        new("Cergy", "Île-de-France", null, 49.040113, 2.050821, 1),
        new("Paris", "Île-de-France", null, 48.862630, 2.336293, 14),
        new("Romainville", "Île-de-France", null, 48.885212, 2.437679, 1),
        new("Vitry-sur-Seine", "Île-de-France", null, 48.792821, 2.387072, 1), // M: M0431
        // Normandie
        new("Caen", "Normandie", "Basse-Normandie", 49.184794, -0.369802, 1),
        new("Cherbourg-en-Cotentin", "Normandie", "Basse-Normandie", 49.633412, -1.633902, 1),
        new("Granville", "Normandie", "Basse-Normandie", 48.837510, -1.588374, 1), // M: M0684
        new("Le Havre", "Normandie", "Haute-Normandie", 49.498453, 0.140154, 1),
        new("Lisieux", "Normandie", "Basse-Normandie", 49.144581, 0.219329, 1), // M: M0665
        new("Rouen", "Normandie", "Haute-Normandie", 49.441346, 1.092568, 2),
        new("Sotteville-lès-Rouen", "Normandie", "Haute-Normandie", 49.410489, 1.095099, 1),
        // Nouvelle-Aquitaine
        new("Angoulême", "Nouvelle-Aquitaine", "Poitou-Charentes", 45.647259, 0.145145, 1),
        new("Bayonne", "Nouvelle-Aquitaine", "Aquitaine", 43.493642, -1.475169, 1), // M: M7065
        new("Bordeaux", "Nouvelle-Aquitaine", "Aquitaine", 44.857245, -0.573697, 3),
        new("La Rochelle", "Nouvelle-Aquitaine", "Poitou-Charentes", 46.160752, -1.155429, 1), // M: M0826
        new("Limoges", "Nouvelle-Aquitaine", "Limousin", 45.854255, 1.248758, 1),
        new("Niort", "Nouvelle-Aquitaine", "Poitou-Charentes", 46.321065, -0.454107, 1), // M: M0841
        new("Pau", "Nouvelle-Aquitaine", "Aquitaine", 43.320019, -0.350338, 1),
        new("Poitiers", "Nouvelle-Aquitaine", "Poitou-Charentes", 46.583921, 0.359948, 1),
        new("Périgueux", "Nouvelle-Aquitaine", "Aquitaine", 45.179999, 0.712690, 1), // M: M1188
        // Occitanie
        new("Albi", "Occitanie", "Midi-Pyrénées", 43.928096, 2.143551, 1), // M: M0592
        new("Montauban", "Occitanie", "Midi-Pyrénées", 44.017091, 1.351880, 1), // M: M0607
        new("Montpellier", "Occitanie", "Languedoc-Roussillon", 43.613441, 3.868517, 2),
        new("Nîmes", "Occitanie", "Languedoc-Roussillon", 43.844938, 4.348068, 1),
        new("Perpignan", "Occitanie", "Languedoc-Roussillon", 42.696595, 2.899370, 1),
        new("Rodez", "Occitanie", "Midi-Pyrénées", 44.349287, 2.578079, 1), // M: M0550
        new("Sète", "Occitanie", "Languedoc-Roussillon", 43.395512, 3.691204, 1), // M: M0484
        new("Tarbes", "Occitanie", "Midi-Pyrénées", 43.234786, 0.066009, 1),
        new("Toulouse", "Occitanie", "Midi-Pyrénées", 43.596381, 1.431673, 3),
        // Pays de la Loire
        new("Angers", "Pays de la Loire", null, 47.476837, -0.556126, 1),
        new("Carquefou", "Pays de la Loire", null, 47.301719, -1.472772, 1),
        new("Cholet", "Pays de la Loire", null, 47.058385, -0.882284, 1), // M: M0754
        new("Laval", "Pays de la Loire", null, 48.065970, -0.772148, 1), // M: M7041
        new("Le Mans", "Pays de la Loire", null, 47.988526, 0.200030, 1),
        new("Nantes", "Pays de la Loire", null, 47.231636, -1.548310, 3),
        new("Saint-Nazaire", "Pays de la Loire", null, 47.273813, -2.198174, 1), // M: M0747
        // Provence-Alpes-Côte d'Azur
        new("Aix-en-Provence", "Provence-Alpes-Côte d'Azur", null, 43.536071, 5.398574, 1),
        new("Antibes", "Provence-Alpes-Côte d'Azur", null, 43.576824, 7.124074, 1), // M: M0868
        new("Arles", "Provence-Alpes-Côte d'Azur", null, 43.676790, 4.615420, 1), // M: M0903
        new("Avignon", "Provence-Alpes-Côte d'Azur", null, 43.935245, 4.840716, 1),
        new("Gap", "Provence-Alpes-Côte d'Azur", null, 44.562625, 6.085573, 1), // M: M0866
        new("Marseille", "Provence-Alpes-Côte d'Azur", null, 43.299901, 5.382279, 4),
        new("Menton", "Provence-Alpes-Côte d'Azur", null, 43.774945, 7.508676, 1), // M: M0879
        new("Nice", "Provence-Alpes-Côte d'Azur", null, 43.711999, 7.238269, 2),
        new("Toulon", "Provence-Alpes-Côte d'Azur", null, 43.136159, 5.932396, 1),
        // Guadeloupe
        new("Pointe-à-Pitre", "Guadeloupe", null, 16.238507, -61.536727, 1), // M: M7056
        // Martinique
        new("Fort-de-France", "Martinique", null, 14.641111, -61.069189, 1),
        // Guyane
        new("Cayenne", "Guyane", null, 4.941560, -52.328370, 1), // M: M1064
        // La Réunion
        new("Le Port", "La Réunion", null, -20.944885, 55.305327, 1),
        new("Saint-Denis", "La Réunion", null, -20.887712, 55.451452, 1), // M: M7014
        // Mayotte
        new("Dzaoudzi", "Mayotte", null, -12.774184, 45.282721, 1), // M: M1209
    ];
}
