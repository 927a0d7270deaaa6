using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>A small study made by hand, with its expected figures worked out below.</summary>
public static class ReportFixtures
{
    public const string RespondentName = "Hélène Marchal-Dupuis";

    /// <summary>A clock fixed at 14:30 on 12 March 2025 (Paris).</summary>
    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    public static ReportOptions Options(string? sourceDateEpoch = null) => new()
    {
        Seed = 7,
        Iterations = 500,
        Clock = new FixedClock(new DateTimeOffset(2025, 3, 12, 14, 30, 0, TimeSpan.Zero)),
        Environment = name => name == "SOURCE_DATE_EPOCH" ? sourceDateEpoch : null,
        ToolkitVersion = "0.1.0",
    };

    /// <summary>
    /// Needs for <see cref="Data"/> (which has none): the FRAC needs the museum's two stored video
    /// projectors and the museum the art school's stored display (same place, so both lent), the art
    /// school a laptop that nobody has idle.
    /// </summary>
    public static IReadOnlyList<Analytics.Needs.Need> Needs { get; } =
    [
        new("F1", "video_projector", 2, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), "Exposition de printemps", new SourceLocation("besoins.csv", 2)),
        new("E1", "computer_laptop", 1, new DateOnly(2025, 5, 5), new DateOnly(2025, 5, 9), "Atelier", new SourceLocation("besoins.csv", 3)),
        new("M1", "display", 1, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 30), null, new SourceLocation("besoins.csv", 4)),
    ];

    /// <summary>
    /// Three institutions; inventory units: video projectors 4 + 2 (en stock) + 3 (hors service) = 9,
    /// displays 5 (en service) + 1 (en stock) = 6, laptops 3 (prêté) = 3; 18 units in all, 3 in
    /// stock (16,7 %), 3 out of service (16,7 %).
    /// </summary>
    public static ReportData Data(string directory)
    {
        var inventoryPath = Path.Combine(directory, "inventaire.csv");
        File.WriteAllText(inventoryPath, "etablissement_id;categorie;quantite\nM1;VP;4\n");
        var institutionsPath = Path.Combine(directory, "institutions.csv");
        File.WriteAllText(institutionsPath, "etablissement_id;nom\nM1;Musée\n");

        var quality = new DataQualityReport();
        quality.RegisterFile("institutions.csv");
        for (int i = 0; i < 3; i++) { quality.RowRead("institutions.csv"); quality.RowAccepted("institutions.csv"); }
        for (int i = 0; i < 9; i++) quality.RowRead("inventaire.csv");
        for (int i = 0; i < 7; i++) quality.RowAccepted("inventaire.csv");
        quality.RowRejected("inventaire.csv");
        quality.RowRejected("inventaire.csv");
        quality.Error("inventaire.csv", 5, "categorie", "Catégorie inconnue : « vidéoprojcteur ».", "vidéoprojecteur (video_projector)");
        quality.Error("inventaire.csv", 8, "quantite", "Quantité négative : -2.");
        quality.Warn("inventaire.csv", 3, "quantite", "Quantité vide : 1 retenu.");
        quality.Warn("inventaire.csv", 6, "libelle", $"Libellé saisi par {RespondentName} conservé tel quel.");

        Institution Institution(string id, string name, InstitutionType type) => new(id, name, type, "Paris", "Île-de-France", new GeoPoint(48.86, 2.35), 20, 4);
        InventoryItem Item(string institution, string category, int quantity, EquipmentStatus status, string? label = null, int row = 2) =>
            new(institution, category, label, "Epson", "EB-2250U", quantity, 2019, status, 6, 850m, new SourceLocation("inventaire.csv", row));

        return new ReportData
        {
            Institutions =
            [
                Institution("M1", "Musée des Beaux-Arts", InstitutionType.Musee),
                Institution("F1", "FRAC Île-de-France", InstitutionType.Frac),
                Institution("E1", "École d'art", InstitutionType.EcoleDArt),
            ],
            Inventory =
            [
                Item("M1", "video_projector", 4, EquipmentStatus.EnService, "=HYPERLINK(\"http://x\";\"clic\")"),
                Item("M1", "video_projector", 2, EquipmentStatus.EnStock, "007"),
                Item("F1", "video_projector", 3, EquipmentStatus.HorsService),
                Item("F1", "display", 5, EquipmentStatus.EnService),
                Item("E1", "display", 1, EquipmentStatus.EnStock),
                Item("E1", "computer_laptop", 2, EquipmentStatus.Prete),
                Item("E1", "computer_laptop", 1, EquipmentStatus.Prete),
            ],
            Codings = new CodingProject(
                "ressourcerie",
                [new Interview("E01", new DateOnly(2025, 1, 15), RespondentProfile.Technique, "M1", RespondentName, new SourceLocation("entretiens.csv", 2))],
                new Codebook([new Code("Freins > Transport"), new Code("Leviers > Prêt")]),
                [
                    new CodedSegment("E01", "Freins > Transport", $"{RespondentName} : le camion coûte plus cher que le projecteur.", "Léa", 0, 60, new SourceLocation("codages.csv", 2)),
                    new CodedSegment("E01", "Leviers > Prêt", $"{RespondentName} : le camion coûte plus cher que le projecteur.", "Léa", 0, 60, new SourceLocation("codages.csv", 3)),
                ]),
            Quality = quality,
            InputFiles =
            [
                new ReportInputFile("établissements", institutionsPath, "institutions.csv"),
                new ReportInputFile("inventaire", inventoryPath, "inventaire.csv"),
            ],
            DataDirectory = directory,
        };
    }
}
