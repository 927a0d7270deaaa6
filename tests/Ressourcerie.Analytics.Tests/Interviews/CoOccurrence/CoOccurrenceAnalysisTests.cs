using Ressourcerie.Analytics.Interviews.CoOccurrence;
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
}
