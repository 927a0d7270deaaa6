using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Ingestion;

/// <summary>XLSX inputs keep Excel's cell types: numbers, dates and error values are read as such.</summary>
public class XlsxInputTests
{
    private static readonly object?[] InventoryHeader =
        ["etablissement_id", "categorie", "libelle", "marque", "modele", "quantite", "annee_acquisition", "statut", "mois_utilisation_par_an", "prix_achat_eur"];

    private static Study LoadInventoryWorkbook(TempFolder folder)
    {
        var path = folder.File("inventaire.xlsx");
        Workbooks.Save(path,
            ("Feuil1",
            [
                InventoryHeader,
                ["MUS-1", "Vidéoprojecteur", null, "Epson", "EB-L1070U", 2, 2019, "en stock", 3.5, 1250.5],
                ["MUS-1", "Enceinte", null, null, null, 2.5, 2018, "en service", 12, null],
                ["MUS-1", "TV", null, null, null, 1, new DateTime(2019, 3, 5), "en service", 6, null],
                ["MUS-1", "Tablette", null, null, null, 1, 2020, "en service", 12, 999999],
                ["MUS-1", "Écran", "Écran 55 pouces", null, null, new DateTime(2024, 1, 3), 2020, "en service", 6, null],
                [],
                ["MUS-1", "Casque VR", null, "Meta", "Quest 3", null, 2023, "prêté", 2, 499],
            ]),
            ("Notes", [["Remarque"], ["Inventaire saisi à la main"]]));
        Workbooks.SetErrorCell(path, "J5", "#DIV/0!");
        return Study.Load([StudyInputFile.For(path, StudyInputRole.Inventory)], FixedClock.Options(2025));
    }

    [Fact]
    public void Typed_cells_are_read_and_bad_ones_rejected_with_their_spreadsheet_row()
    {
        using var folder = new TempFolder();
        var study = LoadInventoryWorkbook(folder);
        var q = study.Quality;

        Assert.Equal((6, 3, 3), (q.RowsRead, q.RowsAccepted, q.RowsRejected));
        var projector = study.Inventory[0];
        Assert.Equal((2, 2019, 3.5, 1250.50m, EquipmentStatus.EnStock), (projector.Quantity, projector.AcquisitionYear, projector.MonthsUsedPerYear, projector.PurchasePriceEur, projector.Status));

        Assert.Contains(q.Issues, i => i is { Row: 3, Column: "quantite", Severity: IssueSeverity.Error } && i.Message.Contains("« 2,5 » n'est pas un nombre entier"));
        Assert.Contains(q.Issues, i => i is { Row: 4, Column: "annee_acquisition", Severity: IssueSeverity.Warning } && i.Message.Contains("seule l'année 2019"));
        Assert.Equal(2019, study.Inventory.Single(i => i.Source.Row == 4).AcquisitionYear);
        Assert.Contains(q.Issues, i => i is { Row: 5, Column: "prix_achat_eur", Severity: IssueSeverity.Error } && i.Message.Contains("#DIV/0!") && i.Message.Contains("division par zéro"));
        Assert.Contains(q.Issues, i => i is { Row: 6, Column: "quantite", Severity: IssueSeverity.Error } && i.Message.Contains("comme une date"));
        Assert.Contains(q.Issues, i => i is { Row: 8, Column: "quantite", Severity: IssueSeverity.Warning });
        Assert.Equal(("vr_headset", 1), (study.Inventory[^1].CategoryId, study.Inventory[^1].Quantity));
        Assert.Equal(new SourceLocation("inventaire.xlsx", 8), study.Inventory[^1].Source);
    }

    [Fact]
    public void Without_institutions_the_must_exist_rule_is_skipped_and_said_once()
    {
        using var folder = new TempFolder();
        var study = LoadInventoryWorkbook(folder);
        var notice = Assert.Single(study.Quality.Issues, i => i.Message.Contains("n'est pas vérifiée"));
        Assert.Equal((IssueSeverity.Warning, 0), (notice.Severity, notice.Row));
        Assert.DoesNotContain(study.Quality.Issues, i => i.Message.Contains("Établissement inconnu"));
    }

    [Fact]
    public void A_workbook_whose_sheets_are_named_by_role_is_a_data_folder_by_itself()
    {
        using var folder = new TempFolder();
        Workbooks.Save(folder.File("donnees ressourcerie.xlsx"),
            ("Lisez-moi", [["Classeur de la Ressourcerie"]]),
            ("Établissements", [
                ["Identifiant", "Nom", "Type", "Région", "Latitude", "Longitude"],
                ["MUS-1", "Musée d'Angers", "musée", "Pays de la Loire", 47.4698, -0.5593],
            ]),
            ("Inventaire", [
                ["Identifiant établissement", "Catégorie", "Quantité", "Statut"],
                ["MUS-1", "VP", 3, "en stock"],
                ["MUS-9", "VP", 1, "en stock"],
            ]),
            ("Besoins", [
                ["Identifiant établissement", "Catégorie", "Quantité", "Début", "Fin", "Projet"],
                ["MUS-1", "Casque VR", 4, new DateTime(2025, 9, 1), new DateTime(2025, 12, 31), "Expo immersive"],
            ]));

        var study = Study.Load(folder.Path, FixedClock.Options(2025));

        Assert.Equal(
            ["donnees ressourcerie.xlsx (feuille « Établissements »)", "donnees ressourcerie.xlsx (feuille « Inventaire »)", "donnees ressourcerie.xlsx (feuille « Besoins »)"],
            study.InputFiles.Select(f => f.DisplayName));
        Assert.Equal(new GeoPoint(47.4698, -0.5593), Assert.Single(study.Institutions).Location);
        Assert.Equal(("video_projector", 3), (study.Inventory[0].CategoryId, study.Inventory[0].Quantity));
        Assert.Contains(study.Quality.Issues, i => i.File == "donnees ressourcerie.xlsx (feuille « Inventaire »)" && i.Row == 3 && i.Suggestion == "MUS-1");
        var need = Assert.Single(study.Needs);
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 31), "vr_headset"), (need.Start, need.End, need.CategoryId));
        Assert.True(study.Quality.IsBalanced);
    }

    [Fact]
    public void A_corrupt_workbook_is_one_error_on_row_0_and_no_row_is_counted()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("inventaire.xlsx"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x01, 0x02]);
        var study = Study.Load(folder.Path);
        var error = Assert.Single(study.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("inventaire.xlsx", 0), (error.File, error.Row));
        Assert.Equal(0, study.Quality.RowsRead);
    }
}
