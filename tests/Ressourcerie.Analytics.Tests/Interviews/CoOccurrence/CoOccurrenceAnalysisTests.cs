using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.CoOccurrence;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Tests.Interviews.Readers;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.CoOccurrence;

public class CoOccurrenceAnalysisTests
{
    /// <summary>
    /// E1: passage [0,50) coded A and B, [40,80) coded C (overlaps the first), [100,120) coded A and C.
    /// E2, without offsets: excerpt "x" coded A and B, excerpt "y" coded B.
    /// </summary>
    private static readonly Ressourcerie.Analytics.Interviews.CodingProject Project = TestProjects.Project(
        [Interview("E1", "2024-01-01"), Interview("E2", "2024-01-02")],
        [
            Segment("E1", "A", "…", "Alice", 0, 50),
            Segment("E1", "B", "…", "Alice", 0, 50),
            Segment("E1", "C", "…", "Alice", 40, 80),
            Segment("E1", "A", "…", "Alice", 100, 120),
            Segment("E1", "C", "…", "Alice", 100, 120),
            Segment("E2", "A", "x"),
            Segment("E2", "B", " x "),
            Segment("E2", "B", "y"),
        ],
        "A", "B", "C");

    [Fact]
    public void Groundedness_counts_passages_not_segments()
    {
        var table = CoOccurrenceAnalysis.Compute(Project);

        Assert.Equal(["A", "B", "C"], table.Codes);
        Assert.Equal(3, table.Groundedness["A"]);
        Assert.Equal(3, table.Groundedness["B"]);
        Assert.Equal(2, table.Groundedness["C"]);
    }

    [Fact]
    public void Codes_co_occur_on_the_same_passage_overlapping_offsets_or_identical_excerpts()
    {
        var table = CoOccurrenceAnalysis.Compute(Project);

        Assert.Equal(
        [
            new CodeCoOccurrence("A", "B", 2, 3, 3, 0.5),
            new CodeCoOccurrence("A", "C", 2, 3, 2, 0.67),
            new CodeCoOccurrence("B", "C", 1, 3, 2, 0.25),
        ], table.Pairs);
        Assert.Same(table.Find("A", "C"), table.Find("C", "A"));
    }

    [Fact]
    public void A_pair_of_overlapping_passages_counts_once_however_many_ways_it_relates_two_codes()
    {
        // p = [0,10) and q = [5,15) both carry A and B: p alone, q alone, and the pair (p, q) = 3, not 4.
        var project = TestProjects.Project([Interview("E1")],
            [Segment("E1", "A", start: 0, end: 10), Segment("E1", "B", start: 0, end: 10),
             Segment("E1", "A", start: 5, end: 15), Segment("E1", "B", start: 5, end: 15)], "A", "B");

        var pair = Assert.Single(CoOccurrenceAnalysis.Compute(project).Pairs);

        Assert.Equal(3, pair.Count);
    }

    [Fact]
    public void Adjacent_passages_do_not_overlap()
    {
        var project = TestProjects.Project([Interview("E1")],
            [Segment("E1", "A", start: 0, end: 10), Segment("E1", "B", start: 10, end: 20)], "A", "B");

        Assert.Empty(CoOccurrenceAnalysis.Compute(project).Pairs);
    }

    [Fact]
    public void Matrices_have_one_column_per_code_and_an_empty_diagonal()
    {
        var table = CoOccurrenceAnalysis.Compute(Project);

        var counts = table.CountMatrix();
        var coefficients = table.CoefficientMatrix();

        Assert.Equal(["code", "A", "B", "C"], counts.Columns.Select(c => c.Name));
        Assert.Null(counts.Columns["A"][0]);
        Assert.Equal(2, counts.Columns["B"][0]);
        Assert.Equal(2, counts.Columns["A"][2]);
        Assert.Equal(0.25, coefficients.Columns["C"][1]);
        Assert.Equal(["code A", "code B", "cooccurrences", "ancrage A", "ancrage B", "coefficient c"], table.ToDataFrame().Columns.Select(c => c.Name));
    }

    [Fact]
    public void The_real_ATLAS_ti_export_reproduces_ATLAS_ti_s_own_co_occurrence_table()
    {
        var project = CodingsReader.Read(QdaFixtures.Path("atlasti", "quotation_export.csv"), new DataQualityReport());
        var table = CoOccurrenceAnalysis.Compute(project);
        var frequencies = new InterviewAnalysis(project).CodeFrequencies();
        var counts = CCoefficientTests.ReadSheet("20250914_code_coocurrrence_coun");
        var coefficients = CCoefficientTests.ReadSheet("20250914_code_coocurrrence_coef");
        // ATLAS.ti marks codes with ○/● and writes "Theme: Subcode"; our paths are "Theme > Subcode".
        var paths = counts.Codes.Select(name => name.TrimStart('○', '●', ' ')).Select(name => name.StartsWith('"') ? name : ReplaceFirst(name, ": ", Code.Separator)).ToArray();
        var subcodes = Enumerable.Range(0, paths.Length).Where(i => paths[i].Contains(Code.Separator)).ToArray();
        Assert.Equal(447, subcodes.Length);

        // A sub-code's groundedness is its number of quotations; a theme's, in ATLAS.ti, the
        // quotations of all its sub-codes: our count "with sub-codes".
        foreach (int i in subcodes) Assert.Equal(counts.Groundedness[i], table.Groundedness.GetValueOrDefault(paths[i]));
        foreach (int i in Enumerable.Range(0, paths.Length).Except(subcodes).Where(i => !paths[i].StartsWith('"')))
            Assert.Equal(counts.Groundedness[i], frequencies.Find(paths[i])!.SegmentsWithSubcodes);

        int compared = 0;
        foreach (int i in subcodes)
            foreach (int j in subcodes.Where(j => j > i))
            {
                var ours = table.Find(paths[i], paths[j]);
                Assert.Equal((int)counts.Values[i, j], ours?.Count ?? 0);
                if (ours is null) continue;
                Assert.Equal(coefficients.Values[i, j], ours.CCoefficient);
                compared++;
            }
        Assert.Equal(1827, compared);
    }

    [Fact]
    public void Overlapping_ATLAS_ti_quotations_co_occur_by_their_paragraphs()
    {
        using var folder = new TestSupport.TempFolder();
        var path = folder.Write("citations.csv",
            "ID;Quotation Name;Document;Codes;Quotation Content;Number of Codes;Comment;Start;End;Created by;Created;Document Groups\n" +
            "1:1;;Entretien Lyon;Freins: Coût;On loue un camion, et le camion coûte cher.;1;;3;5;Alice;3/25/2025;\n" +
            "1:2;;Entretien Lyon;Leviers: Prêt;Le camion coûte cher.;1;;5;5;Alice;3/25/2025;\n" +
            "1:3;;Entretien Lyon;Freins: Coût;Le transport pèse sur le budget.;1;;8;8;Alice;3/25/2025;\n" +
            "1:4;;Entretien Lyon;Leviers: Prêt;On emprunte au musée voisin.;1;;9;9;Alice;3/25/2025;\n");
        var project = CodingsReader.Read(path, new DataQualityReport());

        var table = CoOccurrenceAnalysis.Compute(project);

        // 1:2 lies in paragraph 5, inside 1:1 (paragraphs 3 to 5); 1:3 and 1:4 are adjacent paragraphs.
        Assert.Equal(new CodeCoOccurrence("Freins > Coût", "Leviers > Prêt", 1, 2, 2, 0.33), Assert.Single(table.Pairs));
    }

    private static string ReplaceFirst(string text, string value, string replacement)
    {
        int at = text.IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + value.Length)..];
    }
}
