using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// How synthetic institutions of one type look: their share of the population, staff and
/// exhibitions per year (min, mode, max), the relative size of their equipment park, their share of
/// idle stock, the chances of each <see cref="NeedProfile"/> and the stems of their fictional names.
/// The orders of magnitude follow the field: centres d'art are small teams with video-heavy
/// programmes, écoles d'art run large computer parks, museums hold the most dormant equipment.
/// </summary>
internal sealed record InstitutionTypeTraits(
    InstitutionType Type,
    double Share,
    (int Min, int Mode, int Max) Staff,
    (int Min, int Max) ExhibitionsPerYear,
    double ParkSize,
    double IdleShare,
    double[] ProfileWeights,
    string[] NameStems)
{
    /// <summary>Profile weights are in the order of <see cref="NeedProfile.All"/>: video, computing, audio, mixed.</summary>
    public static IReadOnlyList<InstitutionTypeTraits> All { get; } =
    [
        new(InstitutionType.Musee, 0.50, (3, 12, 90), (2, 8), 1.1, 0.26, [0.22, 0.22, 0.30, 0.26],
        [
            "Musée des Trois Rives", "Musée de la Lanterne", "Musée des Arts et de la Lumière", "Musée de l'Estran",
            "Musée des Tisserands", "Musée du Phare Blanc", "Musée des Ateliers Réunis", "Musée de la Manufacture des Songes",
            "Musée des Horizons Croisés", "Musée de la Vallée Haute", "Musée du Pavillon des Ondes", "Musée des Arts du Quotidien",
            "Musée de l'Image et du Son", "Musée de la Verrerie Ancienne", "Musée du Moulin des Arts", "Musée des Collections Nomades",
            "Musée de la Halle aux Images", "Musée de la Tour aux Cartes", "Musée des Jardins Suspendus", "Musée du Port aux Étoffes",
            "Musée de la Maison des Brodeuses", "Musée des Instruments Oubliés", "Musée de la Photographie Voyageuse",
            "Musée d'Art et d'Histoire du Coteau", "Musée des Faïences Bleues", "Musée de la Forge Ancienne",
            "Musée des Marins Peintres", "Musée du Cabinet des Curiosités Modernes", "Musée des Affiches et Enseignes",
            "Musée de l'Atelier des Lumières Froides", "Musée du Vieux Bassin", "Musée des Dentelles et du Textile",
        ]),
        new(InstitutionType.CentreDArt, 0.17, (2, 5, 15), (3, 8), 0.6, 0.17, [0.55, 0.10, 0.15, 0.20],
        [
            "Centre d'art La Boîte à Ondes", "Centre d'art Le Séchoir Bleu", "Centre d'art La Forge aux Images",
            "Centre d'art Le Belvédère Sonore", "Centre d'art L'Écluse Verte", "Centre d'art La Verrière des Songes",
            "Centre d'art Le Quai des Ombres", "Centre d'art La Serre Numérique", "Centre d'art Le Hangar à Lumière",
            "Centre d'art Les Voûtes Claires", "Centre d'art La Filature Bleue", "Centre d'art Le Préau des Lignes",
            "Centre d'art La Chaufferie Haute", "Centre d'art L'Entrepôt des Signes",
        ]),
        new(InstitutionType.EcoleDArt, 0.13, (15, 45, 160), (3, 12), 1.3, 0.20, [0.20, 0.55, 0.10, 0.15],
        [
            "École supérieure d'art des Deux Fleuves", "École d'art et de design du Val d'Ombre",
            "École supérieure d'art des Collines", "École d'art de la Presqu'île",
            "École supérieure d'art et de design du Levant", "École d'art du Plateau Vert",
            "École supérieure des arts de l'image du Rivage", "École d'art et de médias des Tanneurs",
            "École supérieure d'art du Grand Coteau",
        ]),
        new(InstitutionType.Frac, 0.10, (6, 12, 30), (4, 14), 0.8, 0.22, [0.50, 0.15, 0.10, 0.25],
        [
            "Frac Horizons", "Frac Méridienne", "Frac Rose des Vents", "Frac Les Glaneurs", "Frac Ligne Claire",
            "Frac Sillage", "Frac Les Passants", "Frac Terres Hautes", "Frac Boussole", "Frac Atlas Mouvant",
            "Frac Les Arpenteurs", "Frac Contrepoint",
        ]),
        new(InstitutionType.Cnap, 0.03, (40, 70, 110), (6, 20), 1.6, 0.26, [0.35, 0.30, 0.10, 0.25],
        [
            "Fonds national d'art, réserve", "Plateforme nationale des collections, dépôt",
            "Conservatoire national des images", "Réserve nationale des arts plastiques",
        ]),
        new(InstitutionType.Autre, 0.07, (1, 3, 10), (2, 6), 0.5, 0.20, [0.25, 0.25, 0.25, 0.25],
        [
            "Artothèque Les Cimaises", "Maison des arts La Passerelle", "Ressourcerie culturelle Le Grenier",
            "Artothèque du Pont Levant", "Maison des arts du Lac", "Atelier public L'Établi",
        ]),
    ];

    /// <summary>Mean park size over the population, so that <see cref="ParkSize"/> / mean keeps the requested lines per institution on average.</summary>
    public static double MeanParkSize { get; } = All.Sum(t => t.Share * t.ParkSize);
}
