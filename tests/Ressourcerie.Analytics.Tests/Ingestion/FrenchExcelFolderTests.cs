using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Ingestion;

/// <summary>The hand-made French Excel folder (`;`, Windows-1252, CRLF, decimal commas), read as a user would: Study.Load with the clock in June 2025.</summary>
public class FrenchExcelFolderTests
{
    private static readonly Study Study = Study.Load(Fixtures.FrenchExcel, FixedClock.Options(2025));

    private static DataIssue Single(string file, int row, IssueSeverity severity, string column)
    {
        var matches = Study.Quality.Issues.Where(i => i.File == file && i.Row == row && i.Severity == severity && i.Column == column).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} issue(s) {severity} {file} ligne {row} colonne « {column} » ; toutes : {string.Join(" | ", Study.Quality.Issues)}");
        return matches[0];
    }

    [Fact]
    public void Every_row_is_accepted_or_rejected_and_counted()
    {
        var q = Study.Quality;
        Assert.True(q.IsBalanced);
        Assert.Equal((9, 5, 4), (q.Files["institutions.csv"].RowsRead, q.Files["institutions.csv"].RowsAccepted, q.Files["institutions.csv"].RowsRejected));
        Assert.Equal((18, 6, 12), (q.Files["inventaire.csv"].RowsRead, q.Files["inventaire.csv"].RowsAccepted, q.Files["inventaire.csv"].RowsRejected));
        Assert.Equal((7, 4, 3), (q.Files["besoins.csv"].RowsRead, q.Files["besoins.csv"].RowsAccepted, q.Files["besoins.csv"].RowsRejected));
        Assert.Equal(34, q.RowsRead);
        Assert.Equal(q.RowsRead, q.RowsAccepted + q.RowsRejected);
        Assert.Equal(5, Study.Institutions.Count);
        Assert.Equal(6, Study.Inventory.Count);
        Assert.Equal(4, Study.Needs.Count);
    }

    [Fact]
    public void Windows_1252_text_and_decimal_commas_are_read_exactly()
    {
        var lyon = Study.Institutions.Single(i => i.Id == "MUS-LYON");
        Assert.Equal("Musée des Beaux-Arts de Lyon", lyon.Name);
        Assert.Equal(InstitutionType.Musee, lyon.Type);
        Assert.Equal(new GeoPoint(45.7671, 4.8337), lyon.Location);
        Assert.Equal(120, lyon.Staff);

        var projector = Study.Inventory.First();
        Assert.Equal(("MUS-LYON", "video_projector", "Vidéoprojecteur salle 1", "Epson", "EB-L1070U"), (projector.InstitutionId, projector.CategoryId, projector.Label, projector.Brand, projector.Model));
        Assert.Equal(3450.00m, projector.PurchasePriceEur);
        Assert.Equal(new SourceLocation("inventaire.csv", 2), projector.Source);
        Assert.Contains(Study.InputFiles, f => f.Role == StudyInputRole.Inventory && f.Description!.Contains("Windows-1252"));
    }

    [Fact]
    public void Institution_rows_are_corrected_or_rejected_with_row_column_and_reason()
    {
        Assert.Contains("Grand Est", Single("institutions.csv", 3, IssueSeverity.Warning, "Région").Message);
        Assert.Equal("Grand Est", Study.Institutions.Single(i => i.Id == "FRAC-GE").Region);

        Assert.Contains("inversées", Single("institutions.csv", 4, IssueSeverity.Warning, "Latitude").Message);
        Assert.Equal(new GeoPoint(48.3904, -4.4861), Study.Institutions.Single(i => i.Id == "CAC-BRE").Location);

        var duplicate = Single("institutions.csv", 6, IssueSeverity.Error, "Identifiant");
        Assert.Contains("double", duplicate.Message);
        Assert.Contains("ligne 2", duplicate.Message);
        Assert.Equal("Musée des Beaux-Arts de Lyon", Study.Institutions.Single(i => i.Id == "MUS-LYON").Name);

        Assert.Contains("hors de France", Single("institutions.csv", 7, IssueSeverity.Error, "Latitude").Message);

        var type = Single("institutions.csv", 8, IssueSeverity.Error, "Type");
        Assert.Contains("« muse »", type.Message);
        Assert.Equal("musée", type.Suggestion);

        Assert.Equal("Bretagne", Single("institutions.csv", 9, IssueSeverity.Error, "Région").Suggestion);
        Assert.Contains("« -3 »", Single("institutions.csv", 9, IssueSeverity.Error, "Effectif").Message);
        Assert.Null(Study.Institutions.Single(i => i.Id == "CNAP").Staff);
    }

    [Fact]
    public void Inventory_quantities_follow_the_rule()
    {
        var emptyQuantity = Single("inventaire.csv", 3, IssueSeverity.Warning, "Quantité");
        Assert.Contains("comptée pour 1", emptyQuantity.Message);
        Assert.Equal(1, Study.Inventory.Single(i => i.Source.Row == 3).Quantity);

        Assert.Contains("« 0 »", Single("inventaire.csv", 5, IssueSeverity.Error, "Quantité").Message);
        Assert.Contains("« -2 »", Single("inventaire.csv", 6, IssueSeverity.Error, "Quantité").Message);
        Assert.Contains("n'est pas un nombre entier", Single("inventaire.csv", 7, IssueSeverity.Error, "Quantité").Message);
        Assert.Contains("n'est pas un nombre", Single("inventaire.csv", 8, IssueSeverity.Error, "Quantité").Message);
    }

    [Fact]
    public void Inventory_rows_name_the_closest_institution_and_category()
    {
        var institution = Single("inventaire.csv", 9, IssueSeverity.Error, "Identifiant établissement");
        Assert.Contains("MUS-LYNO", institution.Message);
        Assert.Equal("MUS-LYON", institution.Suggestion);

        var category = Single("inventaire.csv", 10, IssueSeverity.Error, "Catégorie");
        Assert.Contains("inconnue", category.Message);
        Assert.Equal("vidéoprojecteur (video_projector)", category.Suggestion);
    }

    [Fact]
    public void Years_follow_the_injected_clock_and_months_stop_at_12()
    {
        Assert.Contains("entre 1980 et 2025", Single("inventaire.csv", 11, IssueSeverity.Error, "Année d'acquisition").Message);
        Assert.Contains("« 2026 »", Single("inventaire.csv", 12, IssueSeverity.Error, "Année d'acquisition").Message);
        Assert.Contains("« 13 »", Single("inventaire.csv", 13, IssueSeverity.Error, "Mois d'utilisation par an").Message);

        var nextYear = Study.Load(Fixtures.FrenchExcel, FixedClock.Options(2026));
        Assert.DoesNotContain(nextYear.Quality.Issues, i => i.File == "inventaire.csv" && i.Row == 12);
    }

    [Fact]
    public void Whole_row_problems_are_named()
    {
        var header = Single("inventaire.csv", 15, IssueSeverity.Error, "");
        Assert.Contains("répète la ligne d'en-tête", header.Message);
        Assert.Single(Study.Quality.Issues, i => i.File == "inventaire.csv" && i.Row == 15);

        Assert.Contains("#N/A", Single("inventaire.csv", 16, IssueSeverity.Error, "Prix d'achat (€)").Message);

        Assert.Contains("8 champs", Single("inventaire.csv", 17, IssueSeverity.Warning, "").Message);
        var shortLine = Study.Inventory.Single(i => i.Source.Row == 17);
        Assert.Equal(("av_signal", EquipmentStatus.AReparer), (shortLine.CategoryId, shortLine.Status));
    }

    [Fact]
    public void Categories_and_statuses_are_normalised()
    {
        Assert.Equal(
            ["video_projector", "video_projector", "tv", "server", "av_signal", "lighting_control"],
            Study.Inventory.Select(i => i.CategoryId));
        Assert.Equal(EquipmentStatus.EnStock, Study.Inventory.Single(i => i.Source.Row == 4).Status);
        Assert.Equal(1.5, Study.Inventory.Single(i => i.Source.Row == 4).MonthsUsedPerYear);
        Assert.Equal(1250m, Study.Inventory.Single(i => i.Source.Row == 18).PurchasePriceEur);
        Assert.Equal("perdu", Single("inventaire.csv", 19, IssueSeverity.Error, "Statut").Message.Split('«', '»')[1].Trim());
    }

    [Fact]
    public void Need_dates_are_read_in_every_form_and_checked()
    {
        var first = Study.Needs[0];
        Assert.Equal((new DateOnly(2025, 6, 1), new DateOnly(2025, 9, 30), 4, "Exposition « Lumières »"), (first.Start, first.End, first.Quantity, first.Project));

        Assert.Contains("comptée pour 1", Single("besoins.csv", 3, IssueSeverity.Warning, "Quantité").Message);
        Assert.Contains("précède", Single("besoins.csv", 4, IssueSeverity.Error, "Fin").Message);

        Assert.Contains("série", Single("besoins.csv", 5, IssueSeverity.Warning, "Début").Message);
        var serial = Study.Needs.Single(n => n.Source.Row == 5);
        Assert.Equal((new DateOnly(2025, 6, 1), new DateOnly(2025, 8, 31), "tv"), (serial.Start, serial.End, serial.CategoryId));

        Assert.Contains("deux chiffres", Single("besoins.csv", 6, IssueSeverity.Warning, "Fin").Message);
        Assert.Equal(new DateOnly(2025, 3, 5), Study.Needs.Single(n => n.Source.Row == 6).Start);

        Assert.Contains("« 31/02/2025 »", Single("besoins.csv", 7, IssueSeverity.Error, "Début").Message);
        Assert.Contains("manquant", Single("besoins.csv", 8, IssueSeverity.Error, "Début").Message);
    }
}
