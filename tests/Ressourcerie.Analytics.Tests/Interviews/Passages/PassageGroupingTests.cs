using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Passages;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Passages;

public class PassageGroupingTests
{
    private static CodedSegment Quotation(string interview, string code, string selection, string excerpt, int? firstParagraph = null, int? lastParagraph = null, string? coder = null) =>
        Segment(interview, code, excerpt, coder) with { SelectionId = selection, FirstParagraph = firstParagraph, LastParagraph = lastParagraph ?? firstParagraph };

    [Fact]
    public void Codings_of_one_selection_are_one_passage_even_when_their_texts_differ()
    {
        // A REFI-QDA selection read twice (a PDF region and its text representation) keeps its GUID.
        var passages = PassageGrouping.Group([Quotation("E1", "A", "g-1", "Le camion"), Quotation("E1", "B", "g-1", ""), Quotation("E1", "A", "g-2", "Autre")]);

        Assert.Equal(2, passages.Count);
        Assert.Equal(["A", "B"], passages[0].Codes);
        Assert.Equal("Le camion", passages[0].Excerpt);
        Assert.Equal(0, passages[0].Index);
        Assert.Equal(1, passages[1].Index);
    }

    [Fact]
    public void Same_offsets_are_one_passage_whatever_the_coder_and_the_whitespace()
    {
        var passages = PassageGrouping.Group(
        [
            Segment("E1", "A", "Le camion coûte cher.", "Léa", 10, 31),
            Segment("E1", "A", " Le camion  coûte cher. ", "Thomas", 10, 31),
            Segment("E2", "A", "Le camion coûte cher.", "Léa", 10, 31),
        ]);

        Assert.Equal([("E1", 2), ("E2", 1)], passages.Select(p => (p.InterviewId, p.Segments.Count)));
    }

    [Fact]
    public void Without_offsets_the_same_text_is_one_passage_only_at_the_same_paragraphs()
    {
        var passages = PassageGrouping.Group(
        [
            Segment("E1", "A", "Oui.") with { FirstParagraph = 4, LastParagraph = 4 },
            Segment("E1", "B", "Oui. ") with { FirstParagraph = 4, LastParagraph = 4 },
            Segment("E1", "A", "Oui.") with { FirstParagraph = 12, LastParagraph = 12 },
        ]);

        Assert.Equal([2, 1], passages.Select(p => p.Segments.Count));
    }

    [Fact]
    public void Sameness_is_transitive_across_selection_and_text()
    {
        // s0 and s1 share a quotation id, s1 and s2 the text of a flat export without ids.
        var passages = PassageGrouping.Group(
        [
            Quotation("E1", "A", "1:5", "Le prêt marche bien."),
            Quotation("E1", "B", "1:5", "Le prêt marche bien."),
            Segment("E1", "C", "Le prêt marche bien."),
        ]);

        Assert.Equal(["A", "B", "C"], Assert.Single(passages).Codes);
    }

    [Fact]
    public void Whole_document_codings_are_one_passage_that_overlaps_no_passage()
    {
        var whole = new CodedSegment("E1", "Type > Musée", "", null, null, null, new SourceLocation("projet.qde", 12)) { WholeDocument = true };
        var passages = PassageGrouping.Group([whole, whole with { CodePath = "Région > Bretagne" }, Segment("E1", "A", "Tout le texte", start: 0, end: 500)]);

        Assert.Equal(2, passages.Count);
        Assert.True(passages[0].WholeDocument);
        Assert.Empty(PassageGrouping.OverlappingPairs(passages));
    }

    [Fact]
    public void A_coding_without_any_location_is_a_passage_of_its_own()
    {
        var passages = PassageGrouping.Group([Segment("E1", "A", ""), Segment("E1", "A", "  ")]);

        Assert.Equal(2, passages.Count);
        Assert.Empty(PassageGrouping.OverlappingPairs(passages));
    }

    [Theory]
    [InlineData(0, 10, 5, 15, true)]
    [InlineData(0, 10, 10, 20, false)]
    [InlineData(0, 100, 20, 30, true)]
    public void Offsets_overlap_as_half_open_spans(int start, int end, int otherStart, int otherEnd, bool overlap)
    {
        var passages = PassageGrouping.Group([Segment("E1", "A", "x", start: start, end: end), Segment("E1", "B", "y", start: otherStart, end: otherEnd)]);

        Assert.Equal(overlap, passages[0].Overlaps(passages[1]));
        Assert.Equal(overlap ? [(0, 1)] : [], PassageGrouping.OverlappingPairs(passages));
    }

    [Theory]
    [InlineData(3, 5, 5, 5, true)]
    [InlineData(3, 5, 6, 8, false)]
    [InlineData(2, 9, 4, 4, true)]
    public void Paragraph_ranges_overlap_when_they_share_a_paragraph(int first, int last, int otherFirst, int otherLast, bool overlap)
    {
        var passages = PassageGrouping.Group(
            [Quotation("E1", "A", "1:1", "Un.", first, last), Quotation("E1", "B", "1:2", "Deux.", otherFirst, otherLast)]);

        Assert.Equal(overlap, passages[0].Overlaps(passages[1]));
        Assert.Equal(overlap ? [(0, 1)] : [], PassageGrouping.OverlappingPairs(passages));
    }

    [Fact]
    public void Offsets_decide_before_identical_text_and_text_relates_a_passage_without_offsets()
    {
        var passages = PassageGrouping.Group(
        [
            Segment("E1", "A", "Oui.", start: 0, end: 4),
            Segment("E1", "B", "Oui.", start: 50, end: 54),
            Segment("E1", "C", "Oui."),
        ]);

        Assert.Equal([(0, 2), (1, 2)], PassageGrouping.OverlappingPairs(passages));
    }

    [Fact]
    public void Recording_spans_overlap_by_time()
    {
        CodedSegment Clip(string code, string selection, long begin, long end) =>
            Segment("E1", code, "") with { SelectionId = selection, Media = new MediaLocation(MediaKind.Audio) { BeginMs = begin, EndMs = end } };
        var passages = PassageGrouping.Group([Clip("A", "a", 0, 5000), Clip("B", "b", 4000, 9000), Clip("C", "c", 9000, 12000)]);

        Assert.Equal([(0, 1)], PassageGrouping.OverlappingPairs(passages));
    }

    [Fact]
    public void Passages_of_different_interviews_never_overlap()
    {
        var passages = PassageGrouping.Group([Segment("E1", "A", "Oui.", start: 0, end: 4), Segment("E2", "B", "Oui.", start: 0, end: 4)]);

        Assert.False(passages[0].Overlaps(passages[1]));
        Assert.Empty(PassageGrouping.OverlappingPairs(passages));
    }
}
