using System.CommandLine;
using System.Globalization;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>clusters</c>: groups institutions by their equipment needs (k-means, k chosen by the mean
/// silhouette unless given) and prints the clusters, as French text or JSON. Rejected rows do not
/// stop it (they are counted on stderr); a file that cannot be read at all does (exit 1).
/// </summary>
public sealed class ClustersCommand : ICliCommand
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Dossier de données (institutions, besoins…), comme data/sample.", HelpName = "DOSSIER", DefaultValueFactory = _ => "data/sample" };
        var k = new Option<string>("--k") { Description = "Nombre de groupes : auto (choisi par la silhouette moyenne, de 2 à 12) ou un entier.", HelpName = "auto|N", DefaultValueFactory = _ => "auto" };
        var seed = new Option<int>("--seed") { Description = "Graine des initialisations k-means (mêmes données et même graine : mêmes groupes).", HelpName = "N", DefaultValueFactory = _ => NeedsClusteringOptions.DefaultSeed };
        var grouping = new Option<string>("--grouping") { Description = "Besoins regroupés par famille (par défaut) ou par catégorie.", HelpName = "famille|categorie", DefaultValueFactory = _ => "famille" };
        grouping.AcceptOnlyFromAmong("famille", "categorie");
        var format = new Option<string>("--format") { Description = "Format de sortie : text (par défaut) ou json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("clusters",
            "Regroupe les établissements selon leurs besoins en matériel (k-moyennes ML.NET sur les besoins par famille, " +
            "la saisonnalité, la taille et le type d'établissement) et décrit chaque groupe par ses catégories principales. " +
            "Les établissements sans besoin sont écartés, avec une note. Code de sortie 1 si un fichier d'entrée est illisible.\n\n" +
            "Exemples :\n" +
            "  ressourcerie clusters --data data/sample\n" +
            "  ressourcerie clusters --data data/sample --k 4 --seed 7 --format json")
        {
            data, k, seed, grouping, format,
        };
        command.SetAction(parsed =>
        {
            var options = new NeedsClusteringOptions
            {
                K = ParseK(parsed.GetValue(k)!),
                Seed = parsed.GetValue(seed),
                Grouping = parsed.GetValue(grouping) == "categorie" ? NeedFeatureGrouping.Category : NeedFeatureGrouping.Family,
            };
            context.Progress("Lecture des données…");
            var study = Study.Load(parsed.GetValue(data)!);
            var unreadable = ReportCommand.StoppedReading(study.Quality);
            if (unreadable.Count > 0)
            {
                foreach (var issue in unreadable) context.Error.WriteLine(issue.ToString());
                context.Error.WriteLine("Regroupement non calculé : corrigez ces fichiers (ressourcerie validate --data DOSSIER donne le détail).");
                return ExitCodes.InputError;
            }
            if (study.Quality.RowsRejected > 0)
                context.Error.WriteLine($"{study.Quality.RowsRejected} ligne(s) rejetée(s) à la lecture ne sont pas prises en compte (ressourcerie validate --data DOSSIER donne le détail).");

            context.Progress("Regroupement des besoins…");
            NeedsClusteringResult result;
            try
            {
                result = NeedsClustering.Run(study.Institutions, study.Needs, options);
            }
            catch (ArgumentOutOfRangeException e) when (options.K is not null)
            {
                throw new UsageException(FirstLine(e.Message));
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                context.Error.WriteLine($"Erreur : {FirstLine(e.Message)}");
                return ExitCodes.InputError;
            }
            if (parsed.GetValue(format) == "json") CliJson.Write(context.Out, ToJson(result));
            else WriteText(context.Out, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int? ParseK(string text)
    {
        if (text.Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k >= 2) return k;
        throw new UsageException($"--k attend « auto » ou un entier d'au moins 2 (reçu « {text} »).");
    }

    /// <summary>The message without the parameter line .NET appends to argument exceptions.</summary>
    private static string FirstLine(string message) => message.Split(" (Parameter", 2)[0].Split('\n')[0].Trim();

    private static ClustersJson ToJson(NeedsClusteringResult result) => new(
        result.K,
        Round(result.Silhouette),
        result.Seed,
        result.Clusters.Select(c => new ClusterJson(
            c.Id,
            c.Size,
            c.InstitutionIds,
            c.TopCategories.Select(t => new CategoryJson(t.CategoryId, t.Label, t.Units, Math.Round(t.Share, 4))).ToList(),
            c.Description)).ToList(),
        result.SilhouetteByK.Select(s => new SilhouetteJson(s.K, Round(s.Silhouette))).ToList(),
        result.Projection.Select(p => new ProjectionJson(p.InstitutionId, p.ClusterId, Math.Round(p.X, 6), Math.Round(p.Y, 6))).ToList(),
        result.ExplainedVariance.Select(v => Math.Round(v, 6)).ToList(),
        result.ExcludedInstitutionIds,
        result.Notes);

    private static double? Round(double value) => double.IsNaN(value) ? null : Math.Round(value, 6);

    private static void WriteText(TextWriter output, NeedsClusteringResult result)
    {
        output.WriteLine($"Regroupement des besoins : {result.K} groupes, silhouette moyenne {result.Silhouette.ToString("0.000", French)} (graine {result.Seed}).");
        output.WriteLine("Silhouette moyenne selon k : " + string.Join(" ; ",
            result.SilhouetteByK.Select(s => $"k = {s.K} : {(double.IsNaN(s.Silhouette) ? "non définie" : s.Silhouette.ToString("0.000", French))}")));
        foreach (var cluster in result.Clusters)
        {
            output.WriteLine();
            output.WriteLine($"Groupe {cluster.Id} : {cluster.Description}");
            output.WriteLine($"  Membres : {string.Join(", ", cluster.InstitutionIds)}");
        }
        if (result.Notes.Count > 0) output.WriteLine();
        foreach (var note in result.Notes) output.WriteLine($"Note : {note}");
        output.Flush();
    }

    private sealed record ClustersJson(
        int K,
        double? Silhouette,
        int Seed,
        IReadOnlyList<ClusterJson> Clusters,
        IReadOnlyList<SilhouetteJson> SilhouetteByK,
        IReadOnlyList<ProjectionJson> Projection,
        IReadOnlyList<double> ExplainedVariance,
        IReadOnlyList<string> ExcludedInstitutions,
        IReadOnlyList<string> Notes);

    private sealed record ClusterJson(int Id, int Size, IReadOnlyList<string> Institutions, IReadOnlyList<CategoryJson> TopCategories, string Description);

    private sealed record CategoryJson(string Category, string Label, long Units, double Share);

    private sealed record SilhouetteJson(int K, double? Silhouette);

    private sealed record ProjectionJson(string Institution, int Cluster, double X, double Y);
}
