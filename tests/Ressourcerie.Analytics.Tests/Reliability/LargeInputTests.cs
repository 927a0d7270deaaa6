using System.IO.Compression;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Inputs too large to keep in the repository, generated into a temporary folder: a 100 MB line, a
/// 50 MB cell in a CSV and in a workbook's shared strings, cells longer than Excel allows. Each
/// ends with a French message naming the row, the rows before it kept, and memory bounded by the
/// readers' own ceilings (<see cref="CsvTabularReader.MaxRecordChars"/>, <see cref="RowValidator.MaxCellChars"/>).
/// </summary>
public sealed class LargeInputTests : IDisposable
{
    private const string Institutions = "etablissement_id;nom;type\r\nMUS-1;Musée;musée\r\nFRAC-1;Frac;frac\r\n";
    private const string Header = "etablissement_id;categorie;quantite;statut\r\n";

    private readonly TempFolder _folder = new();

    public LargeInputTests() => _folder.Write("institutions.csv", Institutions);

    public void Dispose() => _folder.Dispose();

    /// <summary>Writes <paramref name="before"/>, then <paramref name="count"/> times <paramref name="filler"/>, then <paramref name="after"/>, streaming.</summary>
    private void WriteLarge(string name, string before, char filler, int count, string after)
    {
        using var stream = new FileStream(_folder.File(name), FileMode.Create);
        stream.Write(Encoding.UTF8.GetBytes(before));
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)filler);
        for (int left = count; left > 0; left -= block.Length) stream.Write(block, 0, Math.Min(block.Length, left));
        stream.Write(Encoding.UTF8.GetBytes(after));
    }

    [Fact]
    public void A_100_MB_single_line_file_stops_at_row_1_with_a_French_message()
    {
        WriteLarge("inventaire.csv", "", 'x', 100 * 1024 * 1024, "");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.csv"));
        Assert.Equal((1, IssueSeverity.Error), (error.Row, error.Severity));
        Assert.Contains("dépasse 8 millions de caractères", error.Message);
        Assert.Contains("vérifiez les guillemets", error.Message);
        Assert.Equal(0, study.Quality.Files["inventaire.csv"].RowsRead);
        Assert.Equal(2, study.Institutions.Count);
    }

    [Fact]
    public void A_100_MB_line_after_good_rows_keeps_them_and_names_its_row()
    {
        WriteLarge("inventaire.csv", Header + "MUS-1;VP;2;en stock\r\nFRAC-1;Écran;1;en stock\r\n", 'y', 100 * 1024 * 1024, "\r\nFRAC-1;VP;1;en stock\r\n");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.csv"));
        Assert.Equal((4, IssueSeverity.Error), (error.Row, error.Severity));
        Assert.Contains("La lecture s'arrête à la ligne 4", error.Message);
        Assert.Equal([2, 3], study.Inventory.Select(i => i.Source.Row));
        Assert.True(study.Quality.IsBalanced);
    }

    /// <summary>Sylvan's cost grows with the square of a record's fields (a 500 000-field line took 26 s): such a "header" is refused unparsed.</summary>
    [Fact]
    public void A_header_of_half_a_million_columns_is_refused_before_it_is_parsed()
    {
        _folder.Write("inventaire.csv", string.Concat(Enumerable.Repeat("a;", 500_000)) + "\r\nMUS-1;VP\r\n");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.csv"));
        Assert.Equal((1, IssueSeverity.Error), (error.Row, error.Severity));
        Assert.Contains("plus de 16", error.Message);
        Assert.Contains("le maximum d'une feuille Excel", error.Message);
        Assert.Equal(0, study.Quality.Files["inventaire.csv"].RowsRead);
    }

    /// <summary>
    /// An XML file read as a CSV: its delimiters follow quotes that open no field (<c>n="x;y"</c>), which
    /// Sylvan takes as text. Counting every quote as a toggle let a 9.5 MB REFI-QDA project through the
    /// check, and Sylvan then took 24 s to refuse it (found by fuzzing, seed 7).
    /// </summary>
    [Fact]
    public void A_header_whose_delimiters_follow_quotes_inside_fields_is_refused_before_it_is_parsed()
    {
        _folder.Write("inventaire.csv", "<?xml version=\"1.0\"?><Project>" + string.Concat(Enumerable.Repeat("<User n=\"l&apos;x;y\"/>", 100_000)) + "</Project>");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.csv"));
        Assert.Equal((1, IssueSeverity.Error), (error.Row, error.Severity));
        Assert.Contains("plus de 16", error.Message);
        Assert.Equal(0, study.Quality.Files["inventaire.csv"].RowsRead);
    }

    /// <summary>Delimiters inside quoted fields, and doubled quotes there, are not columns: a wide but real header is read whole.</summary>
    [Fact]
    public void A_header_of_quoted_fields_holding_delimiters_and_doubled_quotes_is_read()
    {
        var header = string.Join(";", Enumerable.Range(0, 10_000).Select(i => $"\"c{i};\"\"x\"\";y\""));
        _folder.Write("wide.csv", header + "\r\n" + string.Join(";", Enumerable.Range(0, 10_000)) + "\r\n");

        using var reader = TabularFile.Open(_folder.File("wide.csv"));

        Assert.Equal(10_000, reader.Headers.Count);
        Assert.Equal("c9999;\"x\";y", reader.Headers[^1]);
        Assert.True(reader.Read());
        Assert.Equal("9999", reader.Span(9_999).ToString());
    }

    [Fact]
    public void A_50_MB_quoted_cell_in_a_CSV_stops_at_its_row()
    {
        WriteLarge("inventaire.csv", Header + "MUS-1;VP;2;en stock\r\nFRAC-1;\"", 'z', 50 * 1024 * 1024, "\";1;en stock\r\nFRAC-1;VP;1;en stock\r\n");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.csv"));
        Assert.Equal(3, error.Row);
        Assert.Contains("dépasse 8 millions de caractères", error.Message);
        Assert.Single(study.Inventory);
    }

    [Fact]
    public void A_cell_longer_than_Excel_allows_rejects_its_row_without_quoting_it()
    {
        var cell = new string('w', RowValidator.MaxCellChars + 1);
        _folder.Write("inventaire.csv", Header + $"MUS-1;VP;2;en stock\r\nFRAC-1;{cell};1;en stock\r\nFRAC-1;VP;1;en stock\r\n");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.csv"));
        Assert.Equal((3, "categorie", IssueSeverity.Error), (error.Row, error.Column, error.Severity));
        Assert.Contains("32 768 caractères, plus que les 32 767", error.Message.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("Vérifiez les guillemets", error.Message);
        Assert.DoesNotContain("www", error.Message);
        Assert.Equal([2, 4], study.Inventory.Select(i => i.Source.Row));
    }

    [Fact]
    public void A_50_MB_shared_string_in_a_workbook_rejects_its_row_and_the_others_are_read()
    {
        var path = _folder.File("inventaire.xlsx");
        Workbooks.Save(path, ("Inventaire", [["etablissement_id", "categorie", "quantite", "statut"], ["MUS-1", "VP", 2, "en stock"], ["FRAC-1", "ENORME", 1, "en stock"], ["FRAC-1", "Écran", 1, "en stock"]]));
        // Random letters, so that the part does not compress like a zip bomb and passes the archive checks.
        var random = new Random(11);
        var letters = new char[50 * 1024 * 1024];
        for (int i = 0; i < letters.Length; i++) letters[i] = (char)('a' + random.Next(26));
        ReplaceInEntry(path, "xl/sharedStrings.xml", "ENORME", new string(letters));

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.IssuesFor("inventaire.xlsx"));
        Assert.Equal((3, "categorie", IssueSeverity.Error), (error.Row, error.Column, error.Severity));
        Assert.Contains("qu'une cellule Excel peut contenir", error.Message);
        Assert.Contains("le classeur vient d'un autre programme", error.Message);
        Assert.True(error.Message.Length < 400, "le message ne cite pas la cellule");
        Assert.Equal([2, 4], study.Inventory.Select(i => i.Source.Row));
    }

    /// <summary>
    /// Values just under the cell limit that match nothing: rejected without a suggestion. The
    /// suggestions' edit distances skip candidates that length alone rules out; without that, each
    /// of these rows cost seconds (a 200 000-character category took 25 s).
    /// </summary>
    [Fact]
    public void Long_unknown_values_are_rejected_without_a_suggestion()
    {
        var text = new StringBuilder(Header);
        for (int i = 0; i < 20; i++)
        {
            var filler = new string((char)('a' + i), 30_000);
            text.Append($"MUS-1;{filler};1;en stock\r\nMUS-1;VP;1;{filler}\r\n{filler};VP;1;en stock\r\n");
        }
        _folder.Write("inventaire.csv", text.ToString());
        _folder.Write("institutions.csv", Institutions + $"ECO-1;École;{new string('t', 30_000)}\r\n");

        var study = Study.Load(_folder.Path, FixedClock.Options(2025));

        Assert.Empty(study.Inventory);
        var issues = study.Quality.Issues;
        Assert.Equal(20, issues.Count(i => i.Column == "categorie" && i.Message.StartsWith("Catégorie inconnue") && i.Message.Contains("Aucune catégorie proche")));
        Assert.Equal(20, issues.Count(i => i.Column == "statut" && i.Message.StartsWith("Statut inconnu") && !i.Message.Contains("Vouliez-vous dire")));
        Assert.Equal(20, issues.Count(i => i.Column == "etablissement_id" && i.Message.StartsWith("Établissement inconnu") && !i.Message.Contains("le plus proche")));
        Assert.Single(issues, i => i.Column == "type" && i.Message.StartsWith("Type d'établissement inconnu") && !i.Message.Contains("Vouliez-vous dire"));
    }

    private static void ReplaceInEntry(string path, string entryName, string oldText, string newText)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        Assert.Contains(oldText, xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName, CompressionLevel.Fastest).Open());
        writer.Write(xml.Replace(oldText, newText));
    }
}
