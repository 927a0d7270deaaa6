using System.CommandLine;
using System.Globalization;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Agreement;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Interviews.Writers;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>interviews stats|agreement|export --codings PATH</c>: the interview codings on their own,
/// whatever tool produced them (our layout, a REFI-QDA project, ATLAS.ti, MAXQDA, Taguette or
/// QualCoder exports; the format is detected). Rejected rows do not stop the work: they are
/// counted and listed with the results; a file that cannot be read at all exits 1.
/// </summary>
public sealed class InterviewsCommand : ICliCommand
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public Command Build(CliContext context)
    {
        var interviews = new Command("interviews",
            "Entretiens codés : statistiques, accord intercodeurs et export REFI-QDA, quel que soit l'outil qui a produit les codages.\n" +
            "Exemple : ressourcerie interviews stats --codings data/sample");
        interviews.Subcommands.Add(BuildStats(context));
        interviews.Subcommands.Add(BuildAgreement(context));
        interviews.Subcommands.Add(BuildExport(context));
        return interviews;
    }

    private static Option<string> CodingsOption() => new("--codings")
    {
        Description = "Dossier (entretiens + codages, ou projet .qdpx/.qde) ou fichier de codages : modèle Ressourcerie (CSV/XLSX), projet REFI-QDA (.qdpx, .qde), " +
                      "export des citations d'ATLAS.ti, segments codés de MAXQDA, surlignages de Taguette, codages de QualCoder. Le format est détecté.",
        Required = true,
        HelpName = "CHEMIN",
    };

    private static Option<string?> CodebookOption() => new("--codebook")
    {
        Description = "Livre de codes exporté du même projet (liste des codes d'ATLAS.ti, .qdc, livre de codes de Taguette) : il départage les noms de codes qui contiennent des virgules et complète descriptions et hiérarchie.",
        HelpName = "FICHIER",
    };

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "Sortie : text (défaut, un tableau lisible) ou json (un document JSON sur la sortie standard).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    private static Command BuildStats(CliContext context)
    {
        var codings = CodingsOption();
        var codebook = CodebookOption();
        var format = FormatOption();
        var command = new Command("stats",
            "Compte les entretiens, les codes, les segments (passages distincts) et les codages (applications d'un code), " +
            "et donne pour chaque code ses segments et ses entretiens. Les lignes rejetées à la lecture sont listées.\n\n" +
            "Exemples :\n" +
            "  ressourcerie interviews stats --codings data/sample\n" +
            "  ressourcerie interviews stats --codings citations-atlas.csv --codebook codes-atlas.csv --format json")
        {
            codings, codebook, format,
        };
        command.SetAction(parsed =>
        {
            var loaded = Load(context, parsed.GetValue(codings)!, parsed.GetValue(codebook));
            var analysis = new InterviewAnalysis(loaded.Project);
            var frequencies = analysis.CodeFrequencies();
            int passages = analysis.Passages().Count;
            var profiles = loaded.Project.Interviews.GroupBy(i => i.Profile).OrderBy(g => g.Key).Select(g => (Profile: g.Key.French(), Interviews: g.Count())).ToList();

            if (parsed.GetValue(format) == "json")
            {
                CliJson.Write(context.Out, new
                {
                    File = loaded.Path,
                    loaded.Project.Format,
                    Interviews = loaded.Project.Interviews.Count,
                    Codes = frequencies.Rows.Count,
                    CodesApplied = frequencies.Rows.Count(r => r.Segments > 0),
                    Segments = passages,
                    Codings = loaded.Project.Segments.Count,
                    Coders = loaded.Project.Coders,
                    InterviewsByProfile = profiles.Select(p => new { p.Profile, p.Interviews }),
                    CodeFrequencies = frequencies.Rows,
                    Quality = QualityJson.From(loaded.Quality),
                });
                return ExitCodes.Success;
            }

            var project = loaded.Project;
            var output = context.Out;
            output.WriteLine($"Codages : {loaded.Path} ({CodingFormatLabels.French(project.Format)})");
            output.WriteLine($"{Count(project.Interviews.Count, "entretien")}, {Count(frequencies.Rows.Count, "code")} ({frequencies.Rows.Count(r => r.Segments > 0)} appliqués), " +
                             $"{Count(passages, "segment")} (passages distincts), {Count(project.Segments.Count, "codage")}, " +
                             (project.Coders.Count == 0 ? "codeur non renseigné." : $"{Count(project.Coders.Count, "codeur")} ({string.Join(", ", project.Coders)})."));
            if (profiles.Count > 0)
                output.WriteLine("Entretiens par profil : " + string.Join(", ", profiles.Select(p => $"{p.Profile} {p.Interviews}")) + ".");
            output.WriteLine();
            TextTable.Write(output,
                ["Code", "Segments", "Entretiens", "% entretiens", "Segments avec sous-codes"],
                frequencies.Rows.Select(r => (IReadOnlyList<string>)
                [
                    new string(' ', 2 * r.Depth) + new Code(r.Code).Name,
                    Integer(r.Segments), Integer(r.Interviews), Percent(r.InterviewPercent), Integer(r.SegmentsWithSubcodes),
                ]).ToList());
            output.WriteLine();
            WriteQuality(output, loaded.Quality);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BuildAgreement(CliContext context)
    {
        var codings = CodingsOption();
        var codebook = CodebookOption();
        var format = FormatOption();
        var coders = new Option<string?>("--coders")
        {
            Description = "Les codeurs à comparer, séparés par des virgules (au moins deux) ; par défaut tous les codeurs du projet.",
            HelpName = "A,B",
        };
        var unit = new Option<string>("--unit", "--level")
        {
            Description = "Unité comparée : document (présence de chaque code dans chaque entretien, défaut) ou segment (passages qui se recouvrent, comme l'accord sur les segments de MAXQDA).",
            DefaultValueFactory = _ => "document",
            HelpName = "UNITÉ",
        };
        unit.AcceptOnlyFromAmong("document", "segment");
        // Read as text: "0.8" and "0,8" are both what a user means, whatever the culture's decimal separator.
        var overlap = new Option<string>("--min-overlap")
        {
            Description = "Au niveau segment : part de la plus longue des deux étendues que deux segments doivent partager pour se correspondre (0,9 ou 0.9 = 90 %).",
            DefaultValueFactory = _ => "0,9",
            HelpName = "PART",
        };
        var command = new Command("agreement",
            "Accord intercodeurs : accord en %, kappa de Cohen (deux codeurs), kappa de Brennan et Prediger et alpha de Krippendorff, " +
            "sur l'ensemble des codes puis code par code, sur les entretiens codés par au moins deux des codeurs.\n\n" +
            "Exemples :\n" +
            "  ressourcerie interviews agreement --codings data/sample --coders Léa,Thomas\n" +
            "  ressourcerie interviews agreement --codings projet.qdpx --unit segment --format json")
        {
            codings, codebook, coders, unit, overlap, format,
        };
        command.SetAction(parsed =>
        {
            var loaded = Load(context, parsed.GetValue(codings)!, parsed.GetValue(codebook));
            var level = parsed.GetValue(unit) == "segment" ? AgreementUnitLevel.Segment : AgreementUnitLevel.Document;
            var requested = parsed.GetValue(coders)?.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var overlapText = parsed.GetValue(overlap)!;
            if (!FrenchNumber.TryParse(overlapText.Trim(), out double minimumOverlap) || !(minimumOverlap > 0 && minimumOverlap <= 1))
                throw new UsageException($"--min-overlap est une part dans ]0 ; 1] (0,9 pour 90 %), reçu « {overlapText} ».");
            CodingAgreement result;
            try
            {
                result = new InterviewAnalysis(loaded.Project).Agreement(requested, level, minimumOverlap);
            }
            catch (ArgumentException e)
            {
                // Unknown coder, or fewer than two named: a wrong command line for these codings (exit 2); codings that
                // hold fewer than two coders when none was named: the input cannot give an agreement (exit 1, CLI.md).
                // Either way the answer lists the coders they hold.
                var found = loaded.Project.Coders;
                var listing = $"Codeurs trouvés dans « {loaded.Path} » : {(found.Count == 0 ? "aucun (colonne du codeur vide ou absente)" : string.Join(", ", found))}.";
                var message = e.Message.Contains("Codeurs du projet", StringComparison.Ordinal) ? e.Message : $"{e.Message} {listing}";
                if (requested is null or { Length: 0 })
                    throw new InputFileException(loaded.Path, 0, "", message, e);
                throw new UsageException(message);
            }

            if (parsed.GetValue(format) == "json")
            {
                CliJson.Write(context.Out, new
                {
                    File = loaded.Path,
                    loaded.Project.Format,
                    result.Level,
                    result.Coders,
                    result.Interviews,
                    result.MinimumOverlap,
                    result.Units,
                    result.PercentAgreement,
                    result.CohenKappa,
                    result.BrennanPredigerKappa,
                    result.KrippendorffAlpha,
                    result.Notes,
                    result.ByCode,
                    Quality = QualityJson.From(loaded.Quality),
                });
                return ExitCodes.Success;
            }

            var output = context.Out;
            output.WriteLine($"Accord intercodeurs : {string.Join(", ", result.Coders)} ({loaded.Path})");
            output.WriteLine(level == AgreementUnitLevel.Document
                ? "Unité : le document (chaque code, présent ou absent de chaque entretien)."
                : $"Unité : le segment (passages d'un même code qui se recouvrent à {Percent(100 * result.MinimumOverlap!.Value)} au moins).");
            output.WriteLine($"{Count(result.Interviews.Count, "entretien")} comparé{(result.Interviews.Count > 1 ? "s" : "")}, {Count(result.Units, "unité")}.");
            output.WriteLine();
            output.WriteLine($"  Accord                   {Percent(result.PercentAgreement)}");
            output.WriteLine($"  Kappa de Cohen           {Coefficient(result.CohenKappa)}");
            output.WriteLine($"  Brennan et Prediger      {Coefficient(result.BrennanPredigerKappa)}");
            output.WriteLine($"  Alpha de Krippendorff    {Coefficient(result.KrippendorffAlpha)}");
            foreach (var note in result.Notes) output.WriteLine($"  Remarque : {note}");
            output.WriteLine();
            TextTable.Write(output,
                ["Code", "Unités", "Accord", "Kappa de Cohen", "Brennan et Prediger", "Alpha"],
                result.ByCode.Select(c => (IReadOnlyList<string>)
                [
                    c.Code, Integer(c.Units), Percent(c.PercentAgreement), Coefficient(c.CohenKappa), Coefficient(c.BrennanPredigerKappa), Coefficient(c.KrippendorffAlpha),
                ]).ToList());
            output.WriteLine("« n.d. » : coefficient non défini pour ces données (par exemple un code que personne n'a varié) ; la colonne des remarques du JSON dit pourquoi.");
            output.WriteLine();
            WriteQuality(output, loaded.Quality);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BuildExport(CliContext context)
    {
        var codings = CodingsOption();
        var codebook = CodebookOption();
        var output = new Option<string>("--out")
        {
            Description = "Projet REFI-QDA à écrire (.qdpx), que ATLAS.ti, MAXQDA, NVivo ou QualCoder importent.",
            Required = true,
            HelpName = "FICHIER.qdpx",
        };
        var names = new Option<bool>("--include-respondent-names")
        {
            Description = "Écrit les noms des répondants (noms de cas) et les extraits tels quels (données personnelles). Par défaut, les extraits sont caviardés " +
                          "(noms remplacés par les pseudonymes, courriels et téléphones masqués) et seuls les identifiants et profils sont écrits.",
        };
        var format = FormatOption();
        var command = new Command("export",
            "Écrit les entretiens codés en projet REFI-QDA (.qdpx) : une source texte par entretien, où chaque extrait est à ses positions, " +
            "le livre de codes, les codeurs et les codages. Sans --include-respondent-names, aucun nom de répondant n'est écrit : " +
            "les extraits qui en citent un sont caviardés et placés dans un paragraphe à part (leur texte n'a plus la longueur codée).\n\n" +
            "Exemples :\n" +
            "  ressourcerie interviews export --codings data/sample --out entretiens.qdpx\n" +
            "  ressourcerie interviews export --codings segments-maxqda.xlsx --out projet.qdpx --include-respondent-names")
        {
            codings, codebook, output, names, format,
        };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(output)!;
            if (!Path.GetExtension(target).Equals(".qdpx", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--out doit nommer un fichier .qdpx (reçu « {target} ») : c'est l'extension que les logiciels d'analyse qualitative importent.");
            var loaded = Load(context, parsed.GetValue(codings)!, parsed.GetValue(codebook));
            bool includeNames = parsed.GetValue(names);
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } directory) Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputFileException(Path.GetFileName(target), 0, "", $"Écriture impossible du projet REFI-QDA : {FileAccessProblem.Writing(e, target)}.", e);
            }
            context.Progress($"Écriture de {target}…");
            int redacted = 0;
            var project = includeNames ? loaded.Project : ProjectRedaction.Redact(loaded.Project, new InterviewAnalysis(loaded.Project).Redactor, out redacted);
            var written = RefiQdaWriter.Write(project, target, new RefiQdaWriteOptions { IncludeRespondentNames = includeNames });
            if (includeNames)
                context.Error.WriteLine("Attention : le projet contient les noms des répondants (données personnelles) ; ne le partagez qu'avec les personnes habilitées.");

            if (parsed.GetValue(format) == "json")
            {
                CliJson.Write(context.Out, new
                {
                    written.Path,
                    loaded.Project.Format,
                    written.Sources,
                    written.Selections,
                    written.Codings,
                    RespondentNames = includeNames,
                    RedactedSegments = redacted,
                    written.RelocatedSegments,
                    Quality = QualityJson.From(loaded.Quality),
                });
                return ExitCodes.Success;
            }
            context.Out.WriteLine($"Projet REFI-QDA écrit : {written.Path} ({Count(written.Sources, "source")}, {Count(written.Selections, "sélection")}, {Count(written.Codings, "codage")}).");
            context.Out.WriteLine(includeNames
                ? "Les noms des répondants sont écrits comme noms de cas, et les extraits tels quels."
                : $"Aucun nom de répondant n'est écrit (identifiants et profils seulement) ; {Count(redacted, "codage")} dont l'extrait citait un nom, un courriel ou un téléphone ont été caviardés.");
            foreach (var note in written.RelocatedSegments) context.Out.WriteLine($"  Remarque : {note}");
            WriteQuality(context.Out, loaded.Quality);
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record LoadedCodings(string Path, CodingProject Project, DataQualityReport Quality);

    /// <summary>
    /// A file is read by <see cref="CodingsReader"/> (format detected; an unreadable file throws and
    /// exits 1); a folder as a study folder's interviews and codings (<see cref="Study"/>'s rule).
    /// </summary>
    private static LoadedCodings Load(CliContext context, string path, string? codebook)
    {
        context.Progress($"Lecture de {path}…");
        if (!Directory.Exists(path))
        {
            var quality = new DataQualityReport();
            var project = CodingsReader.Read(path, quality, new CodingsReadOptions { CodebookPath = codebook });
            return new LoadedCodings(path, project, quality);
        }
        if (codebook is not null)
            throw new UsageException("--codebook complète un fichier d'export : donnez le fichier de codages lui-même (--codings export.csv), pas un dossier.");

        var inputs = StudyFolder.Find(path).Where(f => f.Role is StudyInputRole.Interviews or StudyInputRole.Codings).ToList();
        if (inputs.Count == 0)
            throw new InputFileException(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), 0, "",
                $"Aucun fichier de codages dans le dossier « {path} » : attendus entretiens.csv et codages.csv (CSV ou XLSX), un projet REFI-QDA (.qdpx, .qde) " +
                "ou un export d'ATLAS.ti, MAXQDA, Taguette ou QualCoder nommé « codages… ».");
        var study = Study.Load(inputs);
        var unreadable = study.Quality.Issues.Where(i => i is { Severity: IssueSeverity.Error, Row: 0 }).ToList();
        if (study.Codings is null || unreadable.Count > 0)
        {
            var first = unreadable.FirstOrDefault() ?? study.Quality.Issues.FirstOrDefault()
                        ?? new DataIssue(path, 0, "", IssueSeverity.Error, "Aucun codage n'a pu être lu.");
            throw new InputFileException(first.File, first.Row, first.Column, first.Message);
        }
        return new LoadedCodings(path, study.Codings, study.Quality);
    }

    private static void WriteQuality(TextWriter output, DataQualityReport quality)
    {
        output.WriteLine($"Lecture : {quality.RowsRead} ligne(s) lue(s), {quality.RowsAccepted} acceptée(s), {quality.RowsRejected} rejetée(s) ; " +
                         $"{quality.ErrorCount} erreur(s), {quality.WarningCount} avertissement(s).");
        foreach (var issue in quality.Issues) output.WriteLine($"  {issue}");
        output.Flush();
    }

    private static string Count(int n, string noun) => $"{Integer(n)} {noun}{(n > 1 ? "s" : "")}";

    private static string Integer(long n) => n.ToString("N0", French);

    private static string Percent(double? percent) => percent is { } p && double.IsFinite(p) ? p.ToString("0.0", French) + "\u00A0%" : "n.d.";

    private static string Coefficient(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.000", French) : "n.d.";
}
