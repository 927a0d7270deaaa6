using System.Globalization;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Reporting.Excel;
using ScottPlot;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// The last line of defence for personal data: the names of interview respondents
/// (<c>Interview.Respondent</c>) are replaced by <c>[nom]</c> in every text the report writes —
/// cells, titles, findings, chart texts (title, axis labels, tick labels, legends, annotations),
/// <c>summary.json</c> — whatever section produced it. Sections are expected to use pseudonyms
/// already (the interviews' <c>ExcerptRedactor</c> knows more context); this guard makes a slip harmless.
/// </summary>
/// <remarks>
/// A full name is found whatever its case, accents or word order ("Dupont Marie"); a first or last
/// name alone only with a capital initial ("Marie", "DUPONT", not the colour "blanc"), as whole
/// words: "Marie" in "Mariette" or in "Marie-Claire" stays. Words after a particle ("de La Tour")
/// are found only within the full name: "Tour" alone is more often a tower than this person.
/// </remarks>
public sealed class RespondentGuard
{
    public const string Replacement = "[nom]";

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "d'", "la", "le", "les", "l'", "van", "von", "der", "den", "di", "da", "dos", "das", "del", "della", "el", "al", "ben", "bin", "y", "e", "et",
    };

    // Name forms by their first folded word ("marie" → [marie, dupont], [marie]), longest first.
    private readonly Dictionary<string, List<NameForm>> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameForm>>.AlternateLookup<ReadOnlySpan<char>> _formsByFirstWord;

    public RespondentGuard(IEnumerable<string?> respondentNames)
    {
        _formsByFirstWord = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in respondentNames)
        {
            var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(',', ';', '.', '(', ')', '"', '«', '»'))
                .Where(w => w.Any(char.IsLetter))
                .ToArray();
            if (words.Length == 0 || string.Join(' ', words).Length < 3) continue;
            Add([.. words.SelectMany(Parts)], requiresCapital: false);
            if (words.Length > 1) Add([.. words[1..].SelectMany(Parts), .. Parts(words[0])], requiresCapital: false);
            foreach (var word in words.TakeWhile(w => !Particles.Contains(w)).Where(w => w.Length >= 2 && char.IsLetter(w[0])))
                Add(Parts(word), requiresCapital: true);
        }
        foreach (var forms in _forms.Values) forms.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
    }

    public static RespondentGuard For(ReportData data) =>
        new(data.Codings?.Interviews.Select(i => i.Respondent) ?? []);

    public bool IsEmpty => _forms.Count == 0;

    /// <summary>The text with every respondent name replaced by <see cref="Replacement"/>; the same instance when there is none.</summary>
    public string Redact(string text)
    {
        if (_forms.Count == 0 || string.IsNullOrEmpty(text) || !MayHoldAName(text)) return text;
        var words = Words(text);

        var output = new StringBuilder(text.Length);
        int copied = 0;
        for (int i = 0; i < words.Count; i++)
        {
            if (!_formsByFirstWord.TryGetValue(words[i].Folded, out var forms)) continue;
            var form = forms.FirstOrDefault(f => Matches(text, words, i, f));
            if (form is null) continue;
            var last = words[i + form.Words.Length - 1];
            output.Append(text, copied, words[i].Start - copied).Append(Replacement);
            copied = last.Start + last.Length;
            i += form.Words.Length - 1;
        }
        return copied == 0 ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    public string? RedactNullable(string? text) => text is null ? null : Redact(text);

    /// <summary>A table whose text cells are redacted as they are enumerated (rows stay lazy).</summary>
    public ReportTable Redact(ReportTable table)
    {
        if (_forms.Count == 0) return table;
        return new ReportTable(table.Name, [.. table.Columns.Select(c => c with { Header = Redact(c.Header) })], RedactRows(table.Rows))
        {
            Heading = RedactNullable(table.Heading),
            Note = RedactNullable(table.Note),
            EmptyText = Redact(table.EmptyText),
        };
    }

    /// <summary>Every text a chart draws: title, axis labels, tick labels, legend entries, annotations, bar labels, colour bar label.</summary>
    public void Redact(Plot plot)
    {
        if (_forms.Count == 0) return;
        plot.Axes.Title.Label.Text = Redact(plot.Axes.Title.Label.Text);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.Text = Redact(axis.Label.Text);
            if (axis.TickGenerator is ScottPlot.TickGenerators.NumericManual manual) axis.TickGenerator = new RedactedTicks(manual, this);
        }
        foreach (var item in plot.Legend.ManualItems) item.LabelText = Redact(item.LabelText);
        foreach (var plottable in plot.GetPlottables())
        {
            if (plottable is IHasLegendText legend) legend.LegendText = Redact(legend.LegendText);
            switch (plottable)
            {
                case ScottPlot.Plottables.Text text: text.LabelText = Redact(text.LabelText); break;
                case ScottPlot.Plottables.Annotation annotation: annotation.Text = Redact(annotation.Text); break;
                case ScottPlot.Plottables.Callout callout: callout.Text = Redact(callout.Text); break;
                case ScottPlot.Plottables.AxisLine line: line.LabelText = Redact(line.LabelText); break;
                case ScottPlot.Plottables.BarPlot bars:
                    foreach (var bar in bars.Bars) bar.Label = Redact(bar.Label);
                    break;
            }
        }
        foreach (var panel in plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>()) panel.Label = Redact(panel.Label);
    }

    private IEnumerable<IReadOnlyList<CellValue>> RedactRows(IEnumerable<IReadOnlyList<CellValue>> rows)
    {
        foreach (var row in rows)
        {
            CellValue[]? copy = null;
            for (int i = 0; i < row.Count; i++)
            {
                if (row[i].Kind != CellValueKind.Text) continue;
                var redacted = Redact(row[i].Text!);
                if (ReferenceEquals(redacted, row[i].Text) || redacted == row[i].Text) continue;
                copy ??= [.. row];
                copy[i] = row[i] with { Text = redacted };
            }
            yield return copy ?? row;
        }
    }

    /// <summary>
    /// Category labels on an axis, redacted when the axis asks for them: ScottPlot 5.1's
    /// <c>NumericManual</c> exposes its labels only once a render has placed them.
    /// </summary>
    private sealed class RedactedTicks(ITickGenerator inner, RespondentGuard guard) : ITickGenerator
    {
        public Tick[] Ticks { get; private set; } = [];

        public int MaxTickCount
        {
            get => inner.MaxTickCount;
            set => inner.MaxTickCount = value;
        }

        public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
        {
            inner.Regenerate(range, edge, size, paint, labelStyle);
            Ticks = [.. inner.Ticks.Select(t => new Tick(t.Position, guard.Redact(t.Label), t.IsMajor))];
        }
    }

    /// <summary>
    /// Whether the name form starts at word <paramref name="first"/>: its folded words in a row,
    /// separated only by spaces, hyphens or apostrophes ("D'Alembert"), not glued to a letter or digit, nor part of a longer
    /// hyphenated word ("Marie" in "Marie-Claire"); a first or last name alone with a capital initial.
    /// </summary>
    private static bool Matches(string text, List<Word> words, int first, NameForm form)
    {
        int end = first + form.Words.Length - 1;
        if (end >= words.Count) return false;
        for (int k = 0; k < form.Words.Length; k++)
        {
            if (!string.Equals(words[first + k].Folded, form.Words[k], StringComparison.Ordinal)) return false;
            if (k > 0 && !OnlySeparators(text.AsSpan(words[first + k - 1].End, words[first + k].Start - words[first + k - 1].End))) return false;
        }
        int start = words[first].Start, stop = words[end].End;
        if (start > 0 && char.IsDigit(text[start - 1])) return false;
        if (start > 1 && IsHyphen(text[start - 1]) && char.IsLetter(text[start - 2])) return false;
        if (stop < text.Length && char.IsDigit(text[stop])) return false;
        if (stop + 1 < text.Length && IsHyphen(text[stop]) && char.IsLetter(text[stop + 1])) return false;
        return !form.RequiresCapital || char.IsUpper(text[start]);
    }

    private static bool OnlySeparators(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty) return false;
        foreach (char c in gap)
            if (!char.IsWhiteSpace(c) && !IsHyphen(c) && c is not ('\'' or '’')) return false;
        return true;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Whether some word of the text starts a name form: the common case, no name, allocates nothing.</summary>
    private bool MayHoldAName(string text)
    {
        Span<char> buffer = stackalloc char[128];
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var word = text.AsSpan(start, i - start);
            start = -1;
            if (word.Length * 2 <= buffer.Length && _formsByFirstWord.ContainsKey(buffer[..MatchKey.FoldInto(word, buffer)])) return true;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>The runs of letters of a text (accents as combining marks included), with their folded form.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && IsWordChar(text[i]);
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            words.Add(new Word(start, i, MatchKey.Fold(text.AsSpan(start, i - start))));
            start = -1;
        }
        return words;
    }

    /// <summary>The folded words of a name's word: "Marie-Hélène" → marie, helene.</summary>
    private static string[] Parts(string word) =>
        [.. word.Split(['-', '\u2010', '\u2011', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Select(p => MatchKey.Fold(p)).Where(p => p.Length > 0)];

    private void Add(string[] words, bool requiresCapital)
    {
        if (words.Length == 0) return;
        if (!_forms.TryGetValue(words[0], out var forms)) _forms[words[0]] = forms = [];
        var existing = forms.FindIndex(f => f.Words.AsSpan().SequenceEqual(words));
        if (existing < 0) forms.Add(new NameForm(words, requiresCapital));
        else if (!requiresCapital) forms[existing] = new NameForm(words, false);
    }

    private sealed record NameForm(string[] Words, bool RequiresCapital);

    private readonly record struct Word(int Start, int End, string Folded)
    {
        public int Length => End - Start;
    }
}
