using System.Text;
using Ressourcerie.Analytics.Interviews.Text;

namespace Ressourcerie.Analytics.Interviews.Writers;

/// <summary>
/// Rebuilds the plain text of one interview from its coded segments so that every excerpt sits
/// at its code-point offsets: excerpts are placed where their offsets say and the gaps are
/// filled with spaces; segments without offsets (or whose offsets contradict another excerpt or
/// their own length) are appended one per paragraph, and their offsets computed. Segments of one
/// quotation (same selection id, or same excerpt when there is none) share one paragraph.
/// </summary>
internal sealed class SourceTextLayout
{
    /// <summary>
    /// Furthest offset honoured, in code points. A three-hour transcript is about 200,000
    /// characters; an offset beyond ten million is a typing mistake (or a hostile file) that would
    /// otherwise be padded with as many spaces and exhaust memory, so its excerpt is relocated.
    /// </summary>
    internal const int MaxOffset = 10_000_000;

    private SourceTextLayout(string text, IReadOnlyList<(CodedSegment Segment, int Start, int End)> placed, IReadOnlyList<string> relocated)
    {
        Text = text;
        Placed = placed;
        Relocated = relocated;
    }

    public string Text { get; }

    /// <summary>Every text segment with the code-point span it occupies in <see cref="Text"/>, in the order of the segments given.</summary>
    public IReadOnlyList<(CodedSegment Segment, int Start, int End)> Placed { get; }

    public IReadOnlyList<string> Relocated { get; }

    public static SourceTextLayout Build(IReadOnlyList<CodedSegment> segments)
    {
        var relocated = new List<string>();
        var cells = new List<int>();
        var spans = new Dictionary<CodedSegment, (int Start, int End)>(ReferenceEqualityComparer.Instance);
        var loose = new List<CodedSegment>();

        foreach (var segment in segments.Where(s => !s.WholeDocument).OrderBy(s => s.Start ?? int.MaxValue))
        {
            if (segment.Start is not { } start || segment.End is not { } end)
            {
                loose.Add(segment);
                continue;
            }
            if (end > MaxOffset)
            {
                relocated.Add($"Entretien « {segment.InterviewId} », code « {segment.CodePath} » : positions [{start}, {end}) au-delà de 10 millions de caractères, invraisemblables pour un entretien ; placé dans un nouveau paragraphe.");
                loose.Add(segment);
                continue;
            }
            var points = CodePoints(segment.Excerpt);
            if (end - start != points.Count)
            {
                relocated.Add($"Entretien « {segment.InterviewId} », code « {segment.CodePath} » : l'extrait compte {points.Count} caractères mais ses positions [{start}, {end}) en couvrent {end - start} ; placé dans un nouveau paragraphe.");
                loose.Add(segment);
                continue;
            }
            while (cells.Count < end) cells.Add(-1);
            bool clash = false;
            for (int i = 0; i < points.Count && !clash; i++)
                clash = cells[start + i] != -1 && cells[start + i] != points[i];
            if (clash)
            {
                relocated.Add($"Entretien « {segment.InterviewId} », code « {segment.CodePath} » : l'extrait contredit un autre extrait aux positions [{start}, {end}) ; placé dans un nouveau paragraphe.");
                loose.Add(segment);
                continue;
            }
            for (int i = 0; i < points.Count; i++) cells[start + i] = points[i];
            spans[segment] = (start, end);
        }

        var text = new StringBuilder(cells.Count + loose.Sum(s => s.Excerpt.Length + 1));
        foreach (int cell in cells) text.Append(char.ConvertFromUtf32(cell == -1 ? ' ' : cell));
        int length = cells.Count;
        var paragraphs = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var order = new Dictionary<CodedSegment, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < segments.Count; i++) order[segments[i]] = i;
        foreach (var segment in loose.OrderBy(s => order[s]))
        {
            if (segment.Media is not null && segment.Excerpt.Length == 0)
                relocated.Add($"Entretien « {segment.InterviewId} », code « {segment.CodePath} » : sélection non textuelle ({segment.Media}) écrite comme un passage vide.");
            var key = segment.SelectionId is { } id ? "id\u001F" + id + "\u001F" + segment.Excerpt : "text\u001F" + segment.Excerpt;
            if (!paragraphs.TryGetValue(key, out var span))
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                    length++;
                }
                int count = CodePointText.CountCodePoints(segment.Excerpt);
                span = (length, length + count);
                text.Append(segment.Excerpt);
                length += count;
                paragraphs[key] = span;
            }
            spans[segment] = span;
        }

        var placed = segments.Where(s => !s.WholeDocument).Select(s => (s, spans[s].Start, spans[s].End)).ToList();
        return new SourceTextLayout(text.ToString(), placed, relocated);
    }

    private static List<int> CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                // A lone surrogate cannot be written as UTF-8: it becomes U+FFFD, one code point as before.
                points.Add(char.IsSurrogate(text[i]) ? 0xFFFD : text[i]);
            }
        }
        return points;
    }
}
