using System.Globalization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Reads reliability data from a CSV or XLSX file laid out as Krippendorff writes it: one row per
/// coder, the coder's name in the first column, then one column per unit; an empty cell is a
/// missing value, and so is a cell holding only a missing-value mark users type: "." (SPSS),
/// "*" (Krippendorff 2011's tables), "-", "?", "NA", "N/A", "ND", "manquant". A header row naming the units is optional: it is recognised by an empty first
/// cell or a first cell such as "codeur", "coder", "observateur", "unité". Any delimiter,
/// encoding and decimal comma <see cref="TabularFile"/> reads are accepted.
/// </summary>
/// <remarks>
/// Nominal values may be labels ("oui", "frein"), which become categories; ordinal, interval and
/// ratio values must be numbers (ordinal ranks included), ratio values not negative. A value that
/// breaks this stops the reading with an <see cref="InputFileException"/> naming file, row and column.
/// </remarks>
public static class ReliabilityMatrixReader
{
    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "", "codeur", "codeurs", "codeuse", "coder", "coders", "observateur", "observateurs", "observer", "observers",
        "juge", "juges", "judge", "judges", "rater", "raters", "annotateur", "annotateurs", "annotator", "annotators",
        "evaluateur", "evaluateurs", "unite", "unites", "unit", "units", "nom", "name", "id", "identifiant",
    };

    // Compared after trimming, ignoring case: marks of a missing value, never categories.
    private static readonly HashSet<string> MissingMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ".", "*", "-", "?", "na", "n/a", "n.a.", "nd", "n/d", "manquant", "manquante",
    };

    public static ReliabilityData Read(string path, MeasurementLevel level, string? displayName = null)
    {
        using var reader = TabularFile.Open(path, displayName);
        return Read(reader, level);
    }

    public static ReliabilityData Read(TabularReader reader, MeasurementLevel level)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var headers = reader.Headers;
        bool hasHeader = HeaderWords.Contains(MatchKey.Fold(headers[0]));
        var units = hasHeader ? headers.Skip(1).Select((h, i) => h.Length > 0 ? h : ColumnLetter(i + 1)).ToList() : [];

        var coders = new List<string>();
        var rows = new List<string?[]>();
        var rowNumbers = new List<int>();
        if (!hasHeader) AddRow(headers.Select(h => h.Length == 0 ? null : h).ToArray(), 1);
        while (reader.Read())
        {
            var cells = new string?[reader.RowFieldCount];
            for (int c = 0; c < cells.Length; c++) cells[c] = CellText(reader, c);
            AddRow(cells, reader.RowNumber);
        }

        void AddRow(string?[] cells, int row)
        {
            if (cells.All(c => c is null)) return;
            if (hasHeader && cells.Length > headers.Count && cells.Skip(headers.Count).Any(c => c is not null))
                throw new InputFileException(reader.File, row, ColumnLetter(headers.Count),
                    $"La ligne {row} a plus de valeurs ({cells.Length - 1}) que l'en-tête n'a d'unités ({headers.Count - 1}).");
            var name = cells.Length > 0 ? cells[0] : null;
            if (string.IsNullOrWhiteSpace(name))
                throw new InputFileException(reader.File, row, ColumnLetter(0),
                    "Le nom du codeur manque : la première colonne de chaque ligne doit nommer le codeur.");
            if (coders.Contains(name, StringComparer.Ordinal))
                throw new InputFileException(reader.File, row, ColumnLetter(0),
                    $"Le codeur « {name} » apparaît sur deux lignes : une ligne par codeur.");
            coders.Add(name);
            rows.Add(cells.Skip(1).ToArray());
            rowNumbers.Add(row);
        }

        if (coders.Count == 0)
            throw new InputFileException(reader.File, 0, "", "Aucun codeur : le fichier doit avoir une ligne par codeur, son nom puis une valeur par unité.");

        int unitCount = hasHeader ? headers.Count - 1 : rows.Max(r => r.Length);
        while (units.Count < unitCount) units.Add($"unité {units.Count + 1}");
        var cellsByCoder = rows.Select(r => Enumerable.Range(0, unitCount).Select(u => u < r.Length ? r[u] : null).ToArray()).ToArray();

        string Column(int unit) => hasHeader ? units[unit] : ColumnLetter(unit + 1);

        var numbers = new double?[coders.Count, unitCount];
        bool allNumeric = true;
        for (int c = 0; c < coders.Count; c++)
            for (int u = 0; u < unitCount; u++)
            {
                var text = cellsByCoder[c][u];
                if (text is null) continue;
                if (FrenchNumber.TryParse(text, out double value))
                {
                    if (level == MeasurementLevel.Ratio && value < 0)
                        throw new InputFileException(reader.File, rowNumbers[c], Column(u),
                            $"Valeur négative « {text} » : le niveau « ratio » suppose des valeurs positives ou nulles ; utilisez « interval ».");
                    numbers[c, u] = value;
                    continue;
                }
                allNumeric = false;
                if (level != MeasurementLevel.Nominal)
                    throw new InputFileException(reader.File, rowNumbers[c], Column(u),
                        $"Valeur non numérique « {text} » : le niveau « {level.Key()} » demande des nombres" +
                        (level == MeasurementLevel.Ordinal ? " (des rangs : 1, 2, 3…)" : "") +
                        " ; seul le niveau « nominal » accepte des catégories en texte.");
            }

        if (allNumeric) return new ReliabilityData(numbers, coders, units);
        return ReliabilityData.FromCategories(cellsByCoder, coders, units);
    }

    private static string? CellText(TabularReader reader, int column) => reader.Kind(column) switch
    {
        CellKind.Empty => null,
        CellKind.Number => reader.Number(column).ToString("R", CultureInfo.InvariantCulture),
        CellKind.Error => throw new InputFileException(reader.File, reader.RowNumber, ColumnLetter(column),
            $"Cellule en erreur « {reader.Text(column)} » : corrigez la formule ou videz la cellule (valeur manquante)."),
        _ => reader.Text(column).Trim() is { Length: > 0 } text && !MissingMarks.Contains(text) ? text : null,
    };

    /// <summary>The spreadsheet letter of a 0-based column (0 → A, 26 → AA).</summary>
    private static string ColumnLetter(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
