using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>The real ATLAS.ti quotation export (Fixtures/Qda/atlasti, MIT).</summary>
public class AtlasTiQuotationReaderTests
{
    private static readonly string Export = QdaFixtures.Path("atlasti", "quotation_export.csv");

    [Fact]
    public void Export_has_394_quotations_carrying_1465_codings_in_one_document()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(Export, report);

        Assert.Equal(CodingFormats.AtlasTi, project.Format);
        Assert.Equal(1465, project.Segments.Count);
        Assert.Equal(394, project.Segments.Select(s => s.SelectionId).Distinct().Count());
        Assert.Equal("[ATLAS] - Codifying Fragments", Assert.Single(project.Interviews).Id);
        Assert.Equal(RespondentProfile.Autre, project.Interviews[0].Profile);
        Assert.Equal(394, report.RowsRead);
        Assert.Equal(394, report.RowsAccepted);
        Assert.True(report.IsBalanced);
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(0, report.WarningCount);
    }

    [Fact]
    public void Code_lists_split_back_into_names_that_contain_commas_without_a_codebook()
    {
        var project = CodingsReader.Read(Export, new DataQualityReport());

        // Every name must be a code of the project's own codebook export (or the one in-vivo code, absent from it).
        var codebook = CodebookNames();
        var inVivo = "\"Check the publishing and receiving messages via MQTTBox.\"";
        Assert.All(project.Segments, s => Assert.True(codebook.Contains(AtlasName(s.CodePath)) || s.CodePath == inVivo, s.CodePath));

        var q3 = project.Segments.Where(s => s.SelectionId == "1:3").Select(s => s.CodePath).ToList();
        Assert.Equal([
            "T1. Edge Connectivity & Communication Protocols > Communication Protocol",
            "T2. Security, Privacy & Trust Management > Access Control",
            "T2. Security, Privacy & Trust Management > Authentication Methods"], q3);
    }

    [Fact]
    public void Per_code_frequencies_match_ATLAS_ti_code_list_except_for_the_three_quotations_missing_from_the_export()
    {
        var project = CodingsReader.Read(Export, new DataQualityReport());
        var ours = project.Segments.GroupBy(s => AtlasName(s.CodePath)).ToDictionary(g => g.Key, g => g.Count());
        var theirs = CodeListFrequencies();

        var leaves = theirs.Where(t => t.Key.Contains(": ")).ToList();
        Assert.Equal(447, leaves.Count);
        var differing = leaves.Where(t => ours.GetValueOrDefault(t.Key) != t.Value).ToList();
        // Quotations 1:69, 1:315 and 1:333 were deleted after the code list was exported (the
        // numbering skips them): their 12 codings on 11 codes are the only differences.
        Assert.Equal(11, differing.Count);
        Assert.All(differing, d => Assert.True(d.Value > ours.GetValueOrDefault(d.Key)));
        Assert.Equal(12, differing.Sum(d => d.Value - ours.GetValueOrDefault(d.Key)));
        Assert.Equal(1464, ours.Where(o => theirs.ContainsKey(o.Key)).Sum(o => o.Value));
        Assert.DoesNotContain(project.Segments, s => s.SelectionId is "1:69" or "1:315" or "1:333");
    }

    [Fact]
    public void With_the_codebook_descriptions_and_unused_codes_are_kept()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(Export, report, new CodingsReadOptions { CodebookPath = QdaFixtures.Path("atlasti", "codebook_full.csv") });

        Assert.Equal(1465, project.Segments.Count);
        // 465 codes from the codebook, plus the in-vivo code that only the quotations carry.
        Assert.Equal(466, project.Codebook.Codes.Count);
        // 18 themes T1…T18 at the top, and the in-vivo code.
        Assert.Equal(19, project.Codebook.ChildrenOf(null).Count());
        Assert.NotNull(project.Codebook.Find("T10. Resource Efficiency & Performance Optimisation > Reliability"));
        Assert.Equal(394 + 465, report.RowsRead);
        Assert.True(report.IsBalanced);
    }

    [Fact]
    public void The_code_list_with_frequencies_also_serves_as_codebook()
    {
        var project = CodingsReader.Read(Export, new DataQualityReport(), new CodingsReadOptions { CodebookPath = QdaFixtures.Path("atlasti", "code_list_frequencies.csv") });

        Assert.Equal(466, project.Codebook.Codes.Count);
        Assert.Equal(1465, project.Segments.Count);
    }

    [Fact]
    public void Quotations_keep_text_paragraphs_comment_and_month_first_dates()
    {
        var project = CodingsReader.Read(Export, new DataQualityReport());

        var first = project.Segments.Where(s => s.SelectionId == "1:1").ToList();
        Assert.Equal(4, first.Count);
        Assert.All(first, s => Assert.Equal("\"Check the publishing and receiving messages via MQTTBox.\"", s.Excerpt));
        Assert.All(first, s => Assert.Equal((4, 4), (s.FirstParagraph!.Value, s.LastParagraph!.Value)));
        Assert.All(first, s => Assert.Equal("F001", s.Memo));
        Assert.All(first, s => Assert.Equal(new DateTime(2025, 3, 25), s.CreatedAt));
        Assert.All(first, s => Assert.Null(s.Start));
        Assert.Equal(new SourceLocation("quotation_export.csv", 2), first[0].Source);
    }

    [Theory]
    [InlineData("ID;Quotation Name;Document;Codes;Quotation Content;Number of Codes;Comment;Start;End;Created by;Created;Document Groups", "3/25/2025")]
    [InlineData("Numéro;Nom;Document;Codes;Contenu du texte;Nombre de codes;Commentaire;Début;Fin;Créé par;Créé;Groupes de documents", "25/03/2025")]
    [InlineData("Nummer;Name;Dokument;Codes;Zitatinhalt;Anzahl Codes;Kommentar;Anfang;Ende;Erstellt von;Erstellt;Dokumentgruppen", "25.03.2025")]
    [InlineData("Número;Nombre;Documento;Códigos;Contenido;Número de códigos;Comentario;Inicio;Fin;Creado por;Creado;Grupos de documentos", "25/03/2025")]
    public void Headers_in_the_interface_languages_are_understood(string header, string date)
    {
        var dir = Directory.CreateTempSubdirectory("qda-atlas-");
        try
        {
            var path = Path.Combine(dir.FullName, "citations.csv");
            File.WriteAllText(path, header + "\n" +
                $"2:1;;Entretien Lyon;Freins: Coût, transport, Leviers: Prêt;On loue un camion.;2;;4;5;Alice;{date};Régisseurs\n" +
                $"2:2;;Entretien Lyon;Freins: Coût, transport;Le camion coûte cher.;1;à revoir;7;7;Bruno;{date};Régisseurs\n");
            var report = new DataQualityReport();
            var project = CodingsReader.Read(path, report);

            Assert.Equal(CodingFormats.AtlasTi, project.Format);
            Assert.Equal(["Freins > Coût, transport", "Leviers > Prêt", "Freins > Coût, transport"], project.Segments.Select(s => s.CodePath));
            Assert.Equal(new DateTime(2025, 3, 25), project.Segments[0].CreatedAt);
            Assert.Equal((4, 5), (project.Segments[0].FirstParagraph!.Value, project.Segments[0].LastParagraph!.Value));
            Assert.Equal(["Alice", "Bruno"], project.Coders);
            Assert.Equal("à revoir", project.Segments[2].Memo);
            Assert.Equal("Régisseurs", project.Interviews[0].Variables.Values.Single());
            Assert.Equal(0, report.WarningCount);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static HashSet<string> CodebookNames()
    {
        using var reader = TabularFile.Open(QdaFixtures.Path("atlasti", "codebook_full.csv"));
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) names.Add(reader.Text(0));
        return names;
    }

    /// <summary>"Parent: Child" frequencies of the code list (parents in column A, "●" children in column B).</summary>
    private static Dictionary<string, int> CodeListFrequencies()
    {
        using var reader = TabularFile.Open(QdaFixtures.Path("atlasti", "code_list_frequencies.csv"));
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        string parent = "";
        while (reader.Read())
        {
            var top = reader.Text(0).TrimStart('●', ' ');
            var child = reader.Text(1).TrimStart('●', ' ');
            if (top.Length > 0) parent = top;
            result[top.Length > 0 ? top : $"{parent}: {child}"] = int.Parse(reader.Text(2));
        }
        return result;
    }

    private static string AtlasName(string path) => path.Replace(" > ", ": ");
}
