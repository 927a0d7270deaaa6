using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Inventories.Imports;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Inventories;

public class NationalInstitutionListTests
{
    private const string Museums = "musees-de-france-extrait.csv";

    private static (List<Institution> Institutions, DataQualityReport Report) Read(string file)
    {
        var report = new DataQualityReport();
        var institutions = NationalInstitutionList.Read(Fixtures.Path("Inventories", file), report);
        return (institutions, report);
    }

    private static List<DataIssue> At(DataQualityReport report, int row) => report.Issues.Where(i => i.Row == row).ToList();

    [Fact]
    public void Every_museum_row_is_accepted_or_rejected()
    {
        var (institutions, report) = Read(Museums);
        Assert.Equal(17, report.RowsRead);
        Assert.Equal(15, report.RowsAccepted);
        Assert.Equal(2, report.RowsRejected);
        Assert.True(report.IsBalanced);
        Assert.Equal(15, institutions.Count);
        Assert.All(institutions, i => Assert.Equal(InstitutionType.Musee, i.Type));
    }

    [Theory]
    [InlineData("musees-de-france-extrait.csv", 15)]
    [InlineData("ecoles-superieures-art.csv", -1)]
    public void A_national_list_given_as_the_institutions_file_is_read_as_such_not_refused_for_lacking_an_Identifiant_column(string file, int expected)
    {
        var (direct, _) = Read(file);
        var report = new DataQualityReport();
        var institutions = InstitutionReader.Read(Fixtures.Path("Inventories", file), report);

        Assert.Equal(expected < 0 ? direct.Count : expected, institutions.Count);
        Assert.NotEmpty(institutions);
        Assert.Equal(direct.Select(i => (i.Id, i.Name, i.Type)), institutions.Select(i => (i.Id, i.Name, i.Type)));
        Assert.DoesNotContain(report.Issues, i => i.Message.Contains("Colonne obligatoire absente"));
    }

    [Fact]
    public void The_museum_with_latitude_and_longitude_swapped_is_corrected_with_a_warning()
    {
        var (institutions, report) = Read(Museums);
        var gonesse = institutions.Single(i => i.Commune == "Gonesse");
        Assert.Equal(new GeoPoint(48.98651569144933, 2.449718782248399), gonesse.Location);
        var issue = Assert.Single(At(report, 7));
        Assert.Equal((IssueSeverity.Warning, "latitude"), (issue.Severity, issue.Column));
        Assert.Contains("Latitude et longitude inversées", issue.Message);
    }

    [Fact]
    public void A_Museofile_id_used_twice_rejects_the_later_rows_naming_the_first()
    {
        var (institutions, report) = Read(Museums);
        Assert.Equal("musée des Confluences", institutions.Single(i => i.Id == "M7042").Name);
        foreach (int row in new[] { 5, 6 })
        {
            var issue = Assert.Single(At(report, row));
            Assert.Equal((IssueSeverity.Error, "identifiant_museofile"), (issue.Severity, issue.Column));
            Assert.Contains("« M7042 » déjà utilisé ligne 4 (« musée des Confluences »)", issue.Message);
        }
    }

    [Fact]
    public void Postal_codes_that_lost_or_moved_their_leading_zero_are_flagged_with_the_likely_code()
    {
        var (_, report) = Read(Museums);
        var oyonnax = Assert.Single(At(report, 3));
        Assert.Equal((IssueSeverity.Warning, "code_postal", "01100"), (oyonnax.Severity, oyonnax.Column, oyonnax.Suggestion));
        Assert.Contains("10100 incohérent avec le département Ain (01)", oyonnax.Message);
        Assert.Equal("06260", Assert.Single(At(report, 14)).Suggestion);
        Assert.Contains("Code postal manquant", Assert.Single(At(report, 13)).Message);
        Assert.Empty(At(report, 2));
        Assert.Empty(At(report, 16));
    }

    [Fact]
    public void Museums_sharing_exactly_the_same_coordinates_are_flagged_each_naming_the_others()
    {
        var (_, report) = Read(Museums);
        var shared = report.Issues.Where(i => i.Message.StartsWith("Mêmes coordonnées")).ToList();
        Assert.Equal([8, 9, 10, 11, 12], shared.Select(i => i.Row).Order());
        Assert.Contains("« musée de l'armée » (ligne 9)", shared.Single(i => i.Row == 8).Message);
        Assert.Contains("« musée des arts décoratifs » (ligne 11), « musée des beaux-arts » (ligne 12)", shared.Single(i => i.Row == 10).Message);
        Assert.Empty(At(report, 4));
    }

    [Fact]
    public void Regions_are_normalised_and_derived_from_the_departement_when_the_file_gives_none()
    {
        var (institutions, report) = Read(Museums);
        Assert.Equal("Martinique", institutions.Single(i => i.Commune == "Fort-de-France").Region);
        Assert.Contains("n'est pas une région", Assert.Single(At(report, 15)).Message);
        Assert.Equal("Provence-Alpes-Côte d'Azur", institutions.Single(i => i.Commune == "Puget-Rostang").Region);
        Assert.Equal("Pays de la Loire", institutions.Single(i => i.Commune == "Nantes").Region);
        Assert.Equal("Corse", institutions.Single(i => i.Commune == "Ajaccio").Region);
    }

    [Fact]
    public void A_museum_without_coordinates_is_kept_with_a_warning()
    {
        var (institutions, report) = Read(Museums);
        Assert.Null(institutions.Single(i => i.Commune == "Neuf-Brisach").Location);
        Assert.Contains("Coordonnées manquantes", Assert.Single(At(report, 18)).Message);
    }

    [Fact]
    public void Art_schools_become_one_institution_per_site_with_their_departement_code_checked()
    {
        var (schools, report) = Read("ecoles-superieures-art.csv");
        Assert.Equal(51, schools.Count);
        Assert.Equal(51, report.RowsAccepted);
        Assert.All(schools, s => Assert.Equal(InstitutionType.EcoleDArt, s.Type));
        Assert.Equal(schools.Count, schools.Select(s => s.Id).Distinct().Count());
        Assert.Contains(schools, s => s.Id == "ESA-AIX-EN-PROVENCE" && s.Region == "Provence-Alpes-Côte d'Azur");
        Assert.Contains(schools, s => s.Name == "Ecole européenne supérieure de l'image Angoulême-Poitiers – Poitiers");
        Assert.Equal(4, schools.Count(s => s.Name.StartsWith("Ecole européenne supérieure d'art de Bretagne")));

        var nice = Assert.Single(report.Issues, i => i.Column == "code_departement");
        Assert.Contains("« 6 » sans son zéro initial", nice.Message);
        Assert.Equal("06", nice.Suggestion);
        var centroid = Assert.Single(report.Issues, i => i.Row == 0);
        Assert.Contains("51 établissement(s) sont placés au centre de leur commune", centroid.Message);
        Assert.DoesNotContain(report.Issues, i => i.Message.StartsWith("Mêmes coordonnées"));
    }

    [Fact]
    public void The_hand_compiled_FRAC_list_is_read_with_a_warning_that_it_is_unverified()
    {
        var (fracs, report) = Read("frac-unverified.csv");
        Assert.Equal(23, fracs.Count);
        Assert.All(fracs, f => Assert.Equal(InstitutionType.Frac, f.Type));
        Assert.Contains(report.Issues, i => i.Row == 0 && i.Message.Contains("liste non vérifiée"));
        Assert.Equal(0, report.ErrorCount);
        Assert.Contains(fracs, f => f.Commune == "Corte" && f.Region == "Corse");
    }

    [Theory]
    [InlineData("Corse du Sud", "2A")]
    [InlineData("corse-du-sud", "2A")]
    [InlineData("Val d'Oise", "95")]
    [InlineData("Territoire-de-Belfort", "90")]
    [InlineData("974", "974")]
    [InlineData("Réunion", "974")]
    public void Departements_are_found_by_name_or_code_whatever_the_spelling(string text, string code)
    {
        Assert.True(FrenchDepartments.TryFind(text, out var department));
        Assert.Equal(code, department.Code);
    }

    [Fact]
    public void The_departement_table_has_the_101_departements_in_the_18_regions()
    {
        var departements = FrenchDepartments.All.Where(d => d.Region is not null).ToList();
        Assert.Equal(101, departements.Count);
        Assert.Equal(FrenchRegions.Current.Order(), departements.Select(d => d.Region!).Distinct().Order());
    }
}
