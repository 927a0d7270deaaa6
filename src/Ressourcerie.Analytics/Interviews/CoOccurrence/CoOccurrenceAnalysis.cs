namespace Ressourcerie.Analytics.Interviews.CoOccurrence;

/// <summary>
/// Code co-occurrence as ATLAS.ti counts it. Segments that share an interview and a span (same
/// offsets; without offsets, the same excerpt) form one passage, ATLAS.ti's quotation, whatever
/// the coder. Two codes co-occur when they are applied to the same passage or to two passages
/// of one interview that overlap (offsets intersect; when either passage lacks offsets, identical
/// excerpts); each pair of passages counts once for a pair of codes, however many ways it
/// relates them. Groundedness is the number of passages a code is applied to.
/// </summary>
/// <remarks>
/// With overlapping passages n12 can exceed a code's groundedness and c exceed 1: ATLAS.ti warns
/// about the same effect. Codes count as applied (a parent does not inherit its children's passages).
/// </remarks>
public static class CoOccurrenceAnalysis
{
    public static CoOccurrenceTable Compute(CodingProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var hierarchy = new CodeHierarchy(project);

        var passages = project.Segments
            .GroupBy(s => s is { Start: { } start, End: { } end } ? (s.InterviewId, start, end, "") : (s.InterviewId, -1, -1, ExcerptText.Normalize(s.Excerpt)))
            .Select(g => new Passage(g.Key.InterviewId, g.Key.Item2 >= 0 ? g.Key.Item2 : null, g.Key.Item3 >= 0 ? g.Key.Item3 : null,
                ExcerptText.Normalize(g.First().Excerpt), g.Select(s => hierarchy.IndexOf(s.CodePath)).Distinct().Order().ToArray()))
            .ToArray();

        var groundedness = new int[hierarchy.Codes.Count];
        foreach (var passage in passages)
            foreach (int code in passage.Codes)
                groundedness[code]++;

        var counts = new Dictionary<(int, int), int>();
        var pairCodes = new HashSet<(int, int)>();
        void CountPassagePair(Passage p, Passage q)
        {
            pairCodes.Clear();
            foreach (int a in p.Codes)
                foreach (int b in q.Codes)
                    if (a != b) pairCodes.Add(a < b ? (a, b) : (b, a));
            foreach (var pair in pairCodes) counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }

        foreach (var interview in passages.GroupBy(p => p.InterviewId, StringComparer.Ordinal))
        {
            foreach (var passage in interview) CountPassagePair(passage, passage);

            // Passages with offsets: sorted by start, each overlaps the following ones that start before it ends.
            var located = interview.Where(p => p.Start is not null).OrderBy(p => p.Start).ThenBy(p => p.End).ToArray();
            for (int i = 0; i < located.Length; i++)
                for (int j = i + 1; j < located.Length && located[j].Start < located[i].End; j++)
                    CountPassagePair(located[i], located[j]);

            // A passage without offsets relates to the other passages only by an identical excerpt.
            var byExcerpt = interview.Where(p => p.Excerpt.Length > 0).ToLookup(p => p.Excerpt, StringComparer.Ordinal);
            foreach (var sameText in byExcerpt)
            {
                var group = sameText.ToArray();
                for (int i = 0; i < group.Length; i++)
                    for (int j = i + 1; j < group.Length; j++)
                        if (group[i].Start is null || group[j].Start is null)
                            CountPassagePair(group[i], group[j]);
            }
        }

        var applied = Enumerable.Range(0, hierarchy.Codes.Count).Where(i => groundedness[i] > 0).ToArray();
        var pairs = counts.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
            .Select(p => new CodeCoOccurrence(
                hierarchy.Codes[p.Key.Item1].Path, hierarchy.Codes[p.Key.Item2].Path, p.Value,
                groundedness[p.Key.Item1], groundedness[p.Key.Item2],
                CCoefficient.Compute(p.Value, groundedness[p.Key.Item1], groundedness[p.Key.Item2])))
            .ToArray();
        return new CoOccurrenceTable(applied.Select(i => hierarchy.Codes[i].Path).ToArray(), applied.Select(i => groundedness[i]).ToArray(), pairs);
    }

    private sealed record Passage(string InterviewId, int? Start, int? End, string Excerpt, int[] Codes);
}
