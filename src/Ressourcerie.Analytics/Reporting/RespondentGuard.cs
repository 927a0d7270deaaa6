using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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

    private readonly Regex? _names;

    public RespondentGuard(IEnumerable<string?> respondentNames)
    {
        var fullNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var singleWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in respondentNames)
        {
            var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(',', ';', '.', '(', ')', '"', '«', '»'))
                .Where(w => w.Any(char.IsLetter))
                .ToArray();
            if (words.Length == 0 || string.Join(' ', words).Length < 3) continue;
            foreach (var variant in new[] { words, [.. words[1..], words[0]] }.Select(w => string.Join(' ', w)))
            {
                fullNames.Add(variant);
                fullNames.Add(WithoutAccents(variant));
            }
            foreach (var word in words.TakeWhile(w => !Particles.Contains(w)).Where(w => w.Length >= 2 && char.IsLetter(w[0])))
            {
                singleWords.Add(word);
                singleWords.Add(WithoutAccents(word));
            }
        }
        if (fullNames.Count == 0) return;

        // Longest first, so that a full name is replaced whole rather than word by word.
        var alternatives = fullNames.Select(n => (Length: n.Length, Pattern: "(?i:" + Flexible(n) + ")"))
            .Concat(singleWords.Select(w => (Length: w.Length, Pattern: CapitalInitial(w))))
            .OrderByDescending(a => a.Length).ThenBy(a => a.Pattern, StringComparer.Ordinal)
            .Select(a => a.Pattern);
        _names = new Regex(@"(?<![\p{L}\p{N}]|\p{L}-)(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}]|-\p{L})",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static RespondentGuard For(ReportData data) =>
        new(data.Codings?.Interviews.Select(i => i.Respondent) ?? []);

    public bool IsEmpty => _names is null;

    public string Redact(string text) => _names is null ? text : _names.Replace(text, Replacement);

    public string? RedactNullable(string? text) => text is null ? null : Redact(text);

    /// <summary>A table whose text cells are redacted as they are enumerated (rows stay lazy).</summary>
    public ReportTable Redact(ReportTable table)
    {
        if (_names is null) return table;
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
        if (_names is null) return;
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

    /// <summary>Spaces and hyphens inside a name are interchangeable, and may be repeated ("Marie-Hélène" = "Marie  Hélène").</summary>
    private static string Flexible(string name) =>
        string.Join(@"[\s\-]+", name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    /// <summary>"Dupont" as "D(?i:upont)": the initial must be a capital, the rest may be in any case ("DUPONT").</summary>
    private static string CapitalInitial(string word)
    {
        var initial = char.ToUpperInvariant(word[0]);
        return Regex.Escape(initial.ToString()) + "(?i:" + Flexible(word[1..].Length == 0 ? "" : word[1..]) + ")";
    }

    private static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
