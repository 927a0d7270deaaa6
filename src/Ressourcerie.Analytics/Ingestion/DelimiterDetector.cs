namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Picks the CSV delimiter among <c>;</c>, <c>,</c>, tab and <c>|</c> from the first records:
/// the one that splits the header and the following lines into the same, largest number of
/// fields (quotes respected). French Excel writes <c>;</c>, so it wins ties.
/// </summary>
public static class DelimiterDetector
{
    public static readonly char[] Candidates = [';', ',', '\t', '|'];

    public static char Detect(string sample)
    {
        var lines = SplitRecords(sample).Take(30).ToList();
        if (lines.Count == 0) return ';';
        char best = ';';
        double bestScore = double.NegativeInfinity;
        foreach (char d in Candidates)
        {
            var counts = lines.Select(l => CountFields(l, d)).ToList();
            int header = counts[0];
            if (header <= 1) continue;
            int consistent = counts.Count(c => c == header);
            double score = consistent * 1000.0 / counts.Count + header;
            if (score > bestScore) { bestScore = score; best = d; }
        }
        return best;
    }

    private static int CountFields(string line, char delimiter)
    {
        int fields = 1;
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) fields++;
        }
        return fields;
    }

    /// <summary>Splits on line breaks outside quotes; the last, possibly cut, record is dropped unless it is the only one.</summary>
    private static IEnumerable<string> SplitRecords(string sample)
    {
        var records = new List<string>();
        int start = 0;
        bool quoted = false;
        for (int i = 0; i < sample.Length; i++)
        {
            char c = sample[i];
            if (c == '"') quoted = !quoted;
            else if ((c == '\n' || c == '\r') && !quoted)
            {
                if (i > start) records.Add(sample[start..i]);
                start = i + 1;
            }
        }
        if (start < sample.Length && (records.Count == 0 || sample.Length < 8192)) records.Add(sample[start..]);
        return records.Where(r => r.Trim().Length > 0);
    }
}
