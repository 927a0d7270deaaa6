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
/// The same layout typed transposed (SPSS/KALPHA: one row per unit, one column per coder, coders'
/// names in the first row, units' names in the first column when the top-left cell is empty or a
/// word such as "unité") is read with <see cref="MatrixOrientation.UnitsInRows"/>, and is detected
/// by its shape when that is left to <see cref="MatrixOrientation.Detect"/>.
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
        "item", "items", "cas", "case", "segment", "segments",
    };

    // Compared after trimming, ignoring case: marks of a missing value, never categories.
    private static readonly HashSet<string> MissingMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ".", "*", "-", "?", "na", "n/a", "n.a.", "nd", "n/d", "manquant", "manquante",
    };

    /// <summary>
    /// Coders-in-rows reading is called implausible, and the file read transposed, when it would give
    /// at least <see cref="ImplausibleCoderCount"/> coders and more than twice as many coders as units.
    /// </summary>
    /// <remarks>
    /// Reliability studies have few coders (typically two to five) and many more
    /// units than coders, since alpha's precision grows with pairable values. Ten coders or more
    /// rating fewer than half as many units is the shape of a transposed SPSS/KALPHA matrix (units in
    /// rows, coders in columns), not of a study; below that the file is read as typed, so a genuine
    /// small matrix (3 coders × 2 units, 12 judges × 6 essays) is never turned round.
    /// </remarks>
    public const int ImplausibleCoderCount = 10;

    public static ReliabilityMatrixReading Read(string path, MeasurementLevel level,
        MatrixOrientation orientation = MatrixOrientation.Detect, string? displayName = null)
    {
        using var reader = TabularFile.Open(path, displayName);
        return Read(reader, level, orientation);
    }

    public static ReliabilityMatrixReading Read(TabularReader reader, MeasurementLevel level,
        MatrixOrientation orientation = MatrixOrientation.Detect)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fileRows = new List<(int Row, string?[] Cells)>();
        fileRows.Add((1, reader.Headers.Select(h => h.Trim() is { Length: > 0 } t && !MissingMarks.Contains(t) ? t : null).ToArray()));
        while (reader.Read())
        {
            var cells = new string?[reader.RowFieldCount];
            for (int c = 0; c < cells.Length; c++) cells[c] = CellText(reader, c);
            fileRows.Add((reader.RowNumber, cells));
        }
        // A blank line is no coder and no unit whichever way the file is read.
        fileRows.RemoveAll(r => r.Cells.All(c => c is null));
        if (fileRows.Count == 0)
            throw new InputFileException(reader.File, 0, "", "Aucun codeur : le fichier doit avoir une ligne par codeur, son nom puis une valeur par unité.");

        string? warning = null;
        if (orientation == MatrixOrientation.Detect)
        {
            bool headerRow = IsHeaderWord(fileRows[0].Cells.FirstOrDefault());
            int coders = fileRows.Count - (headerRow ? 1 : 0);
            int units = Math.Max(0, fileRows.Max(r => LastFilled(r.Cells)));
            orientation = coders >= ImplausibleCoderCount && coders > 2 * units
                ? MatrixOrientation.UnitsInRows
                : MatrixOrientation.CodersInRows;
            if (orientation == MatrixOrientation.UnitsInRows)
                warning = $"Attention : {reader.File} a {coders} lignes de valeurs pour {units} colonnes ; " +
                          $"{coders} codeurs pour {units} unités n'est pas plausible, la matrice est donc lue transposée " +
                          "(une ligne par unité, une colonne par codeur, disposition SPSS/KALPHA). " +
                          "Pour la lire telle quelle (une ligne par codeur), relancez avec --coders-in-rows.";
        }

        ReliabilityData data;
        if (orientation == MatrixOrientation.UnitsInRows)
        {
            // Transposed lines are file columns (Row holds the 0-based column index) and position i
            // of each is the i-th non-blank file row, so errors still name the cell as the spreadsheet shows it.
            var columns = Transpose(fileRows);
            var rowNumbers = fileRows.Select(r => r.Row).ToArray();
            data = ReadGrid(reader.File, columns, level, transposed: true,
                (line, position) => (rowNumbers[position], ColumnLetter(columns[line].Row)));
        }
        else
        {
            data = ReadGrid(reader.File, fileRows, level, transposed: false,
                (line, position) => (fileRows[line].Row, ColumnLetter(position)));
        }
        return new ReliabilityMatrixReading(data, orientation, warning);
    }

    /// <summary>The file's non-empty columns as lines, each tagged with its 0-based column index.</summary>
    private static List<(int Row, string?[] Cells)> Transpose(List<(int Row, string?[] Cells)> fileRows)
    {
        int width = fileRows.Max(r => LastFilled(r.Cells) + 1);
        return Enumerable.Range(0, width)
            .Select(c => (c, fileRows.Select(r => c < r.Cells.Length ? r.Cells[c] : null).ToArray()))
            .Where(line => line.Item2.Any(v => v is not null))
            .ToList();
    }

    private static int LastFilled(string?[] cells)
    {
        for (int c = cells.Length - 1; c >= 0; c--) if (cells[c] is not null) return c;
        return -1;
    }

    private static bool IsHeaderWord(string? cell) => HeaderWords.Contains(MatchKey.Fold(cell ?? ""));

    /// <summary>
    /// Reads lines laid out as Krippendorff writes them (coder name, then one value per unit);
    /// <paramref name="where"/> gives the file row and column of the value at (line, position).
    /// </summary>
    private static ReliabilityData ReadGrid(string file, List<(int Row, string?[] Cells)> lines, MeasurementLevel level,
        bool transposed, Func<int, int, (int Row, string Column)> where)
    {
        var header = lines[0].Cells;
        bool hasHeader = IsHeaderWord(header.FirstOrDefault());
        var units = hasHeader ? header.Skip(1).Select((h, i) => h ?? ColumnLetter(i + 1)).ToList() : [];

        var coders = new List<string>();
        var rows = new List<string?[]>();
        var lineIndexes = new List<int>();
        for (int line = hasHeader ? 1 : 0; line < lines.Count; line++)
        {
            var cells = lines[line].Cells;
            if (cells.All(c => c is null)) continue;
            if (hasHeader && cells.Length > header.Length && cells.Skip(header.Length).Any(c => c is not null))
            {
                var (row, column) = where(line, header.Length);
                throw new InputFileException(file, row, column,
                    $"La ligne {row} a plus de valeurs ({cells.Length - 1}) que l'en-tête n'a d'unités ({header.Length - 1}).");
            }
            var name = cells.Length > 0 ? cells[0] : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                var (row, column) = where(line, 0);
                throw new InputFileException(file, row, column, transposed
                    ? "Le nom du codeur manque : la première ligne doit nommer le codeur de chaque colonne."
                    : "Le nom du codeur manque : la première colonne de chaque ligne doit nommer le codeur.");
            }
            if (coders.Contains(name, StringComparer.Ordinal))
            {
                var (row, column) = where(line, 0);
                throw new InputFileException(file, row, column, transposed
                    ? $"Le codeur « {name} » apparaît dans deux colonnes : une colonne par codeur."
                    : $"Le codeur « {name} » apparaît sur deux lignes : une ligne par codeur.");
            }
            coders.Add(name);
            rows.Add(cells.Skip(1).ToArray());
            lineIndexes.Add(line);
        }

        if (coders.Count == 0)
            throw new InputFileException(file, 0, "", "Aucun codeur : le fichier doit avoir une ligne par codeur, son nom puis une valeur par unité.");

        int unitCount = hasHeader ? header.Length - 1 : rows.Max(r => r.Length);
        while (units.Count < unitCount) units.Add($"unité {units.Count + 1}");
        var cellsByCoder = rows.Select(r => Enumerable.Range(0, unitCount).Select(u => u < r.Length ? r[u] : null).ToArray()).ToArray();

        // Coders in rows with a header: the column is named by its unit, as the existing messages do.
        string Column(int coder, int unit) => !transposed && hasHeader ? units[unit] : where(lineIndexes[coder], unit + 1).Column;

        var numbers = new double?[coders.Count, unitCount];
        bool allNumeric = true;
        for (int c = 0; c < coders.Count; c++)
            for (int u = 0; u < unitCount; u++)
            {
                var text = cellsByCoder[c][u];
                if (text is null) continue;
                int row = where(lineIndexes[c], u + 1).Row;
                if (FrenchNumber.TryParse(text, out double value))
                {
                    if (level == MeasurementLevel.Ratio && value < 0)
                        throw new InputFileException(file, row, Column(c, u),
                            $"Valeur négative « {text} » : le niveau « ratio » suppose des valeurs positives ou nulles ; utilisez « interval ».");
                    numbers[c, u] = value;
                    continue;
                }
                allNumeric = false;
                if (level != MeasurementLevel.Nominal)
                    throw new InputFileException(file, row, Column(c, u),
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
