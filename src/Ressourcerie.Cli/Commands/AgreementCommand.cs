using System.CommandLine;
using System.Globalization;
using Ressourcerie.Analytics.Interviews.Agreement;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>agreement --matrix FILE --level nominal|ordinal|interval|ratio [--format json]</c>:
/// Krippendorff's alpha of a reliability matrix (one row per coder, one column per unit, or the
/// transposed SPSS/KALPHA layout with <c>--units-in-rows</c>).
/// </summary>
/// <remarks>
/// Without an orientation option, a matrix whose coders-in-rows reading is implausible (at least
/// <see cref="ReliabilityMatrixReader.ImplausibleCoderCount"/> coders and more than twice as many coders as
/// units) is read transposed with a warning on stderr, rather than refused: that shape is a
/// transposed matrix far more often than a study, the researcher who typed it wants the alpha, not
/// a second run; the warning, the JSON key <c>orientation</c> and <c>--coders-in-rows</c> to force
/// the other reading keep the choice visible and reversible. Reading it as typed, as before, gave
/// a wrong alpha with no warning at all.
/// </remarks>
public sealed class AgreementCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var matrix = new Option<string>("--matrix")
        {
            Description = "Fichier CSV ou XLSX : une ligne par codeur (son nom en première colonne), puis une colonne par unité (l'inverse avec --units-in-rows) ; cellule vide, « . », « * », « - », « ? », « NA » ou « ND » = valeur manquante.",
            Required = true,
            HelpName = "FICHIER",
        };
        var level = new Option<string>("--level")
        {
            Description = "Niveau de mesure des valeurs : nominal, ordinal, interval ou ratio.",
            Required = true,
            HelpName = "NIVEAU",
        };
        var format = new Option<string>("--format")
        {
            Description = "Sortie : text (défaut) ou json (un document JSON sur la sortie standard).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var unitsInRows = new Option<bool>("--units-in-rows")
        {
            Description = "Lit la matrice transposée (disposition SPSS/KALPHA) : une ligne par unité, une colonne par codeur, " +
                          "les noms des codeurs en première ligne.",
        };
        var codersInRows = new Option<bool>("--coders-in-rows")
        {
            Description = "Lit la matrice telle quelle (une ligne par codeur), sans la détection de la disposition transposée.",
        };

        var command = new Command("agreement",
            "Calcule l'alpha de Krippendorff (Krippendorff 2011) d'une matrice de fiabilité, valeurs manquantes comprises.\n" +
            $"Sans option de disposition, une matrice d'au moins {ReliabilityMatrixReader.ImplausibleCoderCount} lignes de valeurs et plus du double de lignes " +
            "que de colonnes de valeurs (par exemple 40 lignes × 3 colonnes) est lue transposée, avec un avertissement : " +
            "autant de codeurs pour si peu d'unités n'est pas plausible. --units-in-rows ou --coders-in-rows imposent la lecture.\n" +
            "Exemple : ressourcerie agreement --matrix codages.csv --level ordinal --format json\n" +
            "Exemple : ressourcerie agreement --matrix kalpha.csv --level nominal --units-in-rows")
        {
            matrix, level, format, unitsInRows, codersInRows,
        };
        command.SetAction(parse =>
        {
            bool transposed = parse.GetValue(unitsInRows), asTyped = parse.GetValue(codersInRows);
            if (transposed && asTyped)
                throw new UsageException("--units-in-rows et --coders-in-rows s'excluent : choisissez une seule disposition.");
            var orientation = transposed ? MatrixOrientation.UnitsInRows
                : asTyped ? MatrixOrientation.CodersInRows
                : MatrixOrientation.Detect;
            return Run(context, parse.GetValue(matrix)!, parse.GetValue(level)!, parse.GetValue(format)!, orientation);
        });
        return command;
    }

    private static int Run(CliContext context, string path, string levelText, string format, MatrixOrientation orientation)
    {
        if (!MeasurementLevelNames.TryParse(levelText, out var level))
            throw new UsageException($"Niveau de mesure inconnu « {levelText} » : choisissez nominal, ordinal, interval ou ratio.");

        context.Progress($"Lecture de {path}…");
        var reading = ReliabilityMatrixReader.Read(path, level, orientation);
        if (reading.Warning is not null) context.Error.WriteLine(reading.Warning);
        var data = reading.Data;
        var result = KrippendorffAlpha.Compute(data, level);

        if (format == "json")
        {
            CliJson.Write(context.Out, new
            {
                Alpha = result.AlphaOrNull,
                Level = level.Key(),
                PairableValues = result.PairableValues,
                Units = result.Units,
                PairableUnits = result.PairableUnits,
                Coders = result.Coders,
                CoderNames = data.Coders,
                Orientation = reading.Orientation == MatrixOrientation.UnitsInRows ? "units_in_rows" : "coders_in_rows",
                OrientationDetected = reading.OrientationDetected,
                ObservedDisagreement = double.IsFinite(result.ObservedDisagreement) ? result.ObservedDisagreement : (double?)null,
                ExpectedDisagreement = double.IsFinite(result.ExpectedDisagreement) ? result.ExpectedDisagreement : (double?)null,
                Explanation = result.Explanation,
            });
            return ExitCodes.Success;
        }

        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var value = result.IsDefined ? result.Alpha.ToString("0.000", fr) : "non défini";
        context.Out.WriteLine($"Alpha de Krippendorff (niveau {level.French()}) : {value}");
        if (result.Explanation is not null) context.Out.WriteLine(result.Explanation);
        context.Out.WriteLine(string.Format(fr, "{0} codeurs, {1} unités dont {2} appariables, {3} valeurs appariables.",
            result.Coders, result.Units, result.PairableUnits, result.PairableValues));
        return ExitCodes.Success;
    }
}
