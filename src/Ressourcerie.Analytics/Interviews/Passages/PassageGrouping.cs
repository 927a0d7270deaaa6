namespace Ressourcerie.Analytics.Interviews.Passages;

/// <summary>
/// Which codings share a passage, and which passages overlap: the notion of "same passage" every
/// analysis uses (distinct segments in frequencies, groundedness and co-occurrence, one verbatim
/// per passage and code).
/// </summary>
/// <remarks>
/// Within an interview, two codings are the same passage when the tool says so (same
/// <see cref="CodedSegment.SelectionId"/>: an ATLAS.ti quotation, a REFI-QDA selection, a Taguette
/// highlight), when they have the same character offsets, or, without offsets, the same text
/// (whitespace aside) at the same paragraphs and media location: that is how two coders, or two
/// codes, applied to one passage show up in flat exports. Codes applied to a whole document form
/// one passage per document. A coding that carries no location at all (no offsets, no text, no
/// selection) is a passage of its own. "Same passage" is made transitive (a union-find over these
/// keys), so the grouping does not depend on the order of the codings.
/// </remarks>
public static class PassageGrouping
{
    /// <summary>The passages of a project, in the order of their first coding.</summary>
    public static IReadOnlyList<CodedPassage> Group(CodingProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Group(project.Segments);
    }

    /// <summary>The passages of <paramref name="segments"/>, in the order of their first coding.</summary>
    public static IReadOnlyList<CodedPassage> Group(IReadOnlyList<CodedSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var parent = new int[segments.Count];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        var firstWithKey = new Dictionary<(string Interview, PassageKey Key), int>();
        for (int i = 0; i < segments.Count; i++)
        {
            foreach (var key in Keys(segments[i]))
            {
                if (firstWithKey.TryAdd((segments[i].InterviewId, key), i)) continue;
                int a = Find(firstWithKey[(segments[i].InterviewId, key)]), b = Find(i);
                // The smaller index stays the root, so a passage is numbered by its first coding.
                if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var members = new Dictionary<int, List<CodedSegment>>();
        var roots = new List<int>();
        for (int i = 0; i < segments.Count; i++)
        {
            int root = Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                roots.Add(root);
            }
            list.Add(segments[i]);
        }
        return roots.Select((root, index) => Passage(index, members[root])).ToArray();
    }

    /// <summary>
    /// The pairs of distinct passages of one interview that overlap (<see cref="CodedPassage.Overlaps"/>),
    /// as positions in <paramref name="passages"/>, each pair once (first &lt; second), in order.
    /// </summary>
    public static IReadOnlyList<(int First, int Second)> OverlappingPairs(IReadOnlyList<CodedPassage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var pairs = new HashSet<(int, int)>();
        void Consider(int a, int b)
        {
            if (a == b) return;
            var pair = a < b ? (a, b) : (b, a);
            if (!pairs.Contains(pair) && passages[a].Overlaps(passages[b])) pairs.Add(pair);
        }

        // Only candidate pairs are tested: passages whose offsets or paragraphs come close enough
        // (two sweeps over sorted starts), identical texts, and media selections.
        foreach (var interview in Enumerable.Range(0, passages.Count).ToLookup(i => passages[i].InterviewId, StringComparer.Ordinal))
        {
            var located = interview.Where(i => passages[i].HasOffsets).OrderBy(i => passages[i].Start).ThenBy(i => passages[i].End).ToArray();
            for (int i = 0; i < located.Length; i++)
                for (int j = i + 1; j < located.Length && passages[located[j]].Start < passages[located[i]].End; j++)
                    Consider(located[i], located[j]);

            var paragraphs = interview.Where(i => passages[i].HasParagraphs).OrderBy(i => passages[i].FirstParagraph).ThenBy(i => LastParagraph(passages[i])).ToArray();
            for (int i = 0; i < paragraphs.Length; i++)
                for (int j = i + 1; j < paragraphs.Length && passages[paragraphs[j]].FirstParagraph <= LastParagraph(passages[paragraphs[i]]); j++)
                    Consider(paragraphs[i], paragraphs[j]);

            foreach (var sameText in interview.Where(i => passages[i].Excerpt.Length > 0).GroupBy(i => passages[i].Excerpt, StringComparer.Ordinal))
            {
                var group = sameText.ToArray();
                for (int i = 0; i < group.Length; i++)
                    for (int j = i + 1; j < group.Length; j++)
                        Consider(group[i], group[j]);
            }

            var media = interview.Where(i => passages[i].Media is not null).ToArray();
            for (int i = 0; i < media.Length; i++)
                for (int j = i + 1; j < media.Length; j++)
                    Consider(media[i], media[j]);
        }
        return pairs.Order().ToArray();
    }

    private static int? LastParagraph(CodedPassage passage) => passage.LastParagraph ?? passage.FirstParagraph;

    private static CodedPassage Passage(int index, List<CodedSegment> segments)
    {
        var first = segments[0];
        var located = segments.FirstOrDefault(s => s.Start is not null && s.End is not null);
        var paragraphs = segments.FirstOrDefault(s => s.FirstParagraph is not null);
        var text = segments.Select(s => ExcerptText.Normalize(s.Excerpt)).FirstOrDefault(e => e.Length > 0) ?? "";
        return new CodedPassage(index, first.InterviewId, located?.Start, located?.End,
            paragraphs?.FirstParagraph, paragraphs?.LastParagraph ?? paragraphs?.FirstParagraph,
            segments.Select(s => s.Media).FirstOrDefault(m => m is not null), first.WholeDocument, text, segments);
    }

    private static IEnumerable<PassageKey> Keys(CodedSegment segment)
    {
        if (segment.WholeDocument)
        {
            yield return new PassageKey(PassageKeyKind.WholeDocument, null, 0, 0, 0, 0, null);
            yield break;
        }
        if (segment.SelectionId is { Length: > 0 } selection)
            yield return new PassageKey(PassageKeyKind.Selection, selection, 0, 0, 0, 0, null);
        if (segment is { Start: { } start, End: { } end })
        {
            yield return new PassageKey(PassageKeyKind.Offsets, null, start, end, 0, 0, null);
            yield break;
        }
        var text = ExcerptText.Normalize(segment.Excerpt);
        if (text.Length > 0 || segment.Media is not null)
        {
            int first = segment.FirstParagraph ?? -1;
            yield return new PassageKey(PassageKeyKind.Text, text, 0, 0, first, segment.LastParagraph ?? first, segment.Media);
        }
    }

    private enum PassageKeyKind
    {
        WholeDocument,
        Selection,
        Offsets,
        Text,
    }

    private readonly record struct PassageKey(PassageKeyKind Kind, string? Text, int Start, int End, int FirstParagraph, int LastParagraph, MediaLocation? Media);
}
