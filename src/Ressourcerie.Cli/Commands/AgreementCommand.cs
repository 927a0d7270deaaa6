using System.CommandLine;
using System.Globalization;
using Ressourcerie.Analytics.Interviews.Agreement;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>agreement --matrix FILE --level nominal|ordinal|interval|ratio [--format json]</c>:
/// Krippendorff's alpha of a reliability matrix (one row per coder, one column per unit).
/// </summary>
public sealed class AgreementCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var matrix = new Option<string>("--matrix")
        {
            Description = "Fichier CSV ou XLSX : une ligne par codeur (son nom en première colonne), puis une colonne par unité ; cellule vide, « . », « * », « - », « ? », « NA » ou « ND » = valeur manquante.",
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

        var command = new Command("agreement",
            "Calcule l'alpha de Krippendorff (Krippendorff 2011) d'une matrice de fiabilité, valeurs manquantes comprises.\n" +
            "Exemple : ressourcerie agreement --matrix codages.csv --level ordinal --format json")
        {
            matrix, level, format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(matrix)!, parse.GetValue(level)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string path, string levelText, string format)
    {
        if (!MeasurementLevelNames.TryParse(levelText, out var level))
            throw new UsageException($"Niveau de mesure inconnu « {levelText} » : choisissez nominal, ordinal, interval ou ratio.");

        context.Progress($"Lecture de {path}…");
        var data = ReliabilityMatrixReader.Read(path, level);
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
