using System.Net;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>A table as a notebook shows it (the <c>ressourcerie-table</c> HTML of a DataFrame), cells as displayed text.</summary>
internal sealed partial record OutputTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    [GeneratedRegex(@"<table class=""ressourcerie-table""[^>]*>(?<body>.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex(@"<tr>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex(@"<t[hd][^>]*>(?<text>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellElement();

    public static IEnumerable<OutputTable> Parse(string html)
    {
        foreach (Match table in TableElement().Matches(html))
        {
            var rows = RowElement().Matches(table.Groups["body"].Value)
                .Select(r => (IReadOnlyList<string>)[.. CellElement().Matches(r.Groups["cells"].Value).Select(c => WebUtility.HtmlDecode(c.Groups["text"].Value))])
                .ToList();
            yield return new OutputTable(rows[0], rows.Skip(1).ToList());
        }
    }

    /// <summary>A displayed number read back (« 1 234,5 », « 14,3 % » → 0,143).</summary>
    public static double Number(string text)
    {
        Assert.True(FrenchNumber.TryParse(text, out double value), $"« {text} » n'est pas un nombre");
        return text.TrimEnd().EndsWith('%') ? value / 100 : value;
    }

    public IReadOnlyList<string> Column(string header)
    {
        int index = Headers.ToList().IndexOf(header);
        Assert.True(index >= 0, $"pas de colonne « {header} » parmi {string.Join(", ", Headers)}");
        return [.. Rows.Select(r => r[index])];
    }

    /// <summary>The cell of <paramref name="column"/> in the row whose first cell is <paramref name="firstCell"/>.</summary>
    public string this[string firstCell, string column]
    {
        get
        {
            var row = Rows.SingleOrDefault(r => r[0] == firstCell) ?? throw new KeyNotFoundException($"pas de ligne « {firstCell} »");
            return row[Headers.ToList().IndexOf(column)];
        }
    }
}
