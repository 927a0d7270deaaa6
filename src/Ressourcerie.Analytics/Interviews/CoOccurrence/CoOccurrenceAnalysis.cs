using Ressourcerie.Analytics.Interviews.Passages;

namespace Ressourcerie.Analytics.Interviews.CoOccurrence;

/// <summary>
/// Code co-occurrence as ATLAS.ti counts it. Codings of one passage (<see cref="PassageGrouping"/>:
/// same selection, same offsets, or, without offsets, the same text) form one passage, ATLAS.ti's
/// quotation, whatever the coder. Two codes co-occur when they are applied to the same passage or
/// to two passages of one interview that overlap (<see cref="CodedPassage.Overlaps"/>: offsets,
/// else paragraphs, else media spans, else identical text); each pair of passages counts once
/// for a pair of codes, however many ways it relates them. Groundedness is the number of passages
/// a code is applied to. On the real ATLAS.ti export of the tests this reproduces ATLAS.ti's own
/// co-occurrence table for every pair of sub-codes (ATLAS.ti's rows for a theme aggregate its
/// sub-codes, which our counts "with sub-codes" give in the frequencies).
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
        var passages = PassageGrouping.Group(project);
        var codes = passages.Select(p => p.Codes.Select(hierarchy.IndexOf).Order().ToArray()).ToArray();

        var groundedness = new int[hierarchy.Codes.Count];
        foreach (var passageCodes in codes)
            foreach (int code in passageCodes)
                groundedness[code]++;

        var counts = new Dictionary<(int, int), int>();
        var pairCodes = new HashSet<(int, int)>();
        void CountPassagePair(int[] p, int[] q)
        {
            pairCodes.Clear();
            foreach (int a in p)
                foreach (int b in q)
                    if (a != b) pairCodes.Add(a < b ? (a, b) : (b, a));
            foreach (var pair in pairCodes) counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }

        foreach (var passageCodes in codes) CountPassagePair(passageCodes, passageCodes);
        foreach (var (first, second) in PassageGrouping.OverlappingPairs(passages)) CountPassagePair(codes[first], codes[second]);

        var applied = Enumerable.Range(0, hierarchy.Codes.Count).Where(i => groundedness[i] > 0).ToArray();
        var pairs = counts.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
            .Select(p => new CodeCoOccurrence(
                hierarchy.Codes[p.Key.Item1].Path, hierarchy.Codes[p.Key.Item2].Path, p.Value,
                groundedness[p.Key.Item1], groundedness[p.Key.Item2],
                CCoefficient.Compute(p.Value, groundedness[p.Key.Item1], groundedness[p.Key.Item2])))
            .ToArray();
        return new CoOccurrenceTable(applied.Select(i => hierarchy.Codes[i].Path).ToArray(), applied.Select(i => groundedness[i]).ToArray(), pairs);
    }
}
