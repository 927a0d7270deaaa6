using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using Ressourcerie.Cli;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Every command of the tool on bad inputs and bad command lines: the exit code of the contract
/// (1 for an input error, 2 for a wrong command line), never a stack trace nor an "internal error",
/// a French message that names the faulty file, and with <c>--format json</c> either nothing or
/// one valid JSON document on stdout. Paths: <c>{tmp}</c> a scratch folder of this test class,
/// <c>{bad}</c> the bad-input corpus, <c>{sample}</c> the committed sample data, <c>{fixtures}</c> the test fixtures.
/// </summary>
public sealed class CliErrorTests : IClassFixture<CliErrorTests.Scratch>
{
    private readonly Scratch _scratch;

    public CliErrorTests(Scratch scratch) => _scratch = scratch;

    /// <summary>Common English words of error messages (whole words); none may reach a French user.</summary>
    private static readonly Regex EnglishWords = new(
        @"\b(the|not|cannot|could|error|invalid|failed|unable|exception|unexpected|missing|required|unrecognized|found|expected|must|should|file|directory|path|denied|access|does|was|were)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string, string[], int, string?> Scenarios() => new()
    {
        { "commande inconnue", ["inventer"], 2, null },
        { "option inconnue", ["validate", "--data", "{sample}", "--inexistante"], 2, null },
        { "validate sans argument", ["validate"], 2, null },
        { "validate dossier absent", ["validate", "--data", "{tmp}/absent"], 1, "absent" },
        { "validate dossier sans fichier reconnu", ["validate", "--data", "{tmp}/vide", "--format", "json"], 1, "vide" },
        { "validate fichier binaire", ["validate", "--data", "{bad}/csv-binary-renamed", "--format", "json"], 1, "inventaire.csv" },
        { "validate guillemet non fermé", ["validate", "--data", "{bad}/csv-unclosed-quote"], 1, "inventaire.csv, ligne 3" },
        { "validate classeur hostile", ["validate", "--data", "{bad}/xlsx-xxe-sheet", "--format", "json"], 1, "inventaire.xlsx" },
        { "validate classeur tronqué", ["validate", "--data", "{bad}/xlsx-truncated"], 1, "inventaire.xlsx" },
        { "validate inventaire absent", ["validate", "--inventory", "{tmp}/absent.csv", "--format", "json"], 1, "absent.csv" },
        { "validate inventaire dossier", ["validate", "--inventory", "{tmp}/vide", "--format", "json"], 1, "vide" },
        { "validate format inconnu", ["validate", "--data", "{sample}", "--format", "xml"], 2, null },
        { "validate dossier et fichiers", ["validate", "--data", "{sample}", "--inventory", "{tmp}/absent.csv"], 2, null },
        { "validate établissements absents", ["validate", "--inventory", "{sample}/inventaire.csv", "--institutions", "{tmp}/absent.csv", "--format", "json"], 1, "absent.csv" },
        { "validate besoins binaires", ["validate", "--inventory", "{sample}/inventaire.csv", "--needs", "{tmp}/binaire.csv"], 1, "binaire.csv" },
        { "report dossier absent", ["report", "--data", "{tmp}/absent", "--out", "{tmp}/sortie-1"], 1, "absent" },
        { "report fichier illisible", ["report", "--data", "{bad}/csv-binary-renamed", "--out", "{tmp}/sortie-2"], 1, "inventaire.csv" },
        { "report lecture interrompue", ["report", "--data", "{bad}/csv-unclosed-quote", "--out", "{tmp}/sortie-3"], 1, "inventaire.csv, ligne 3" },
        { "report itérations nulles", ["report", "--iterations", "0"], 2, null },
        { "report graine non numérique", ["report", "--seed", "abc"], 2, "« abc »" },
        { "report scénario absent", ["report", "--data", "{bad}/csv-windows-1252", "--out", "{tmp}/sortie-4", "--scenarios", "{tmp}/absent.yaml"], 1, "absent.yaml" },
        { "report scénario YAML mal formé", ["report", "--data", "{bad}/csv-windows-1252", "--out", "{tmp}/sortie-5", "--scenarios", "{tmp}/casse.yaml"], 1, "casse.yaml" },
        { "report scénario JSON mal formé", ["report", "--data", "{bad}/csv-windows-1252", "--out", "{tmp}/sortie-6", "--scenarios", "{tmp}/casse.json"], 1, "casse.json" },
        { "report scénario binaire", ["report", "--data", "{bad}/csv-windows-1252", "--out", "{tmp}/sortie-7", "--scenarios", "{tmp}/binaire.csv"], 1, "binaire.csv" },
        { "report option sans valeur", ["report", "--data", "{sample}", "--out"], 2, "--out" },
        { "report sortie sur un fichier", ["report", "--data", "{bad}/csv-windows-1252", "--out", "{tmp}/fichier.txt"], 1, "fichier.txt" },
        { "sample sans sous-commande", ["sample"], 2, null },
        { "sample generate sans option", ["sample", "generate"], 2, "--institutions" },
        { "sample generate nombre illisible", ["sample", "generate", "--institutions", "beaucoup", "--items-per-institution", "2", "--out", "{tmp}/echantillon"], 2, "« beaucoup »" },
        { "sample generate zéro établissement", ["sample", "generate", "--institutions", "0", "--items-per-institution", "5", "--out", "{tmp}/echantillon"], 2, null },
        { "sample generate graine illisible", ["sample", "generate", "--institutions", "2", "--items-per-institution", "2", "--out", "{tmp}/echantillon", "--seed", "sept"], 2, "« sept »" },
        { "sample generate sortie sur un fichier", ["sample", "generate", "--institutions", "2", "--items-per-institution", "2", "--out", "{tmp}/fichier.txt", "--format", "json"], 1, "fichier.txt" },
        { "agreement matrice absente", ["agreement", "--matrix", "{tmp}/absent.csv", "--level", "nominal", "--format", "json"], 1, "absent.csv" },
        { "agreement matrice binaire", ["agreement", "--matrix", "{tmp}/binaire.csv", "--level", "nominal", "--format", "json"], 1, "binaire.csv" },
        { "agreement matrice vide", ["agreement", "--matrix", "{tmp}/vide.csv", "--level", "nominal"], 1, "vide.csv" },
        { "agreement texte au niveau intervalle", ["agreement", "--matrix", "{tmp}/matrice-texte.csv", "--level", "interval", "--format", "json"], 1, "matrice-texte.csv" },
        { "agreement niveau inconnu", ["agreement", "--matrix", "{tmp}/matrice-texte.csv", "--level", "quantique"], 2, null },
        { "agreement sans niveau", ["agreement", "--matrix", "{tmp}/matrice-texte.csv"], 2, "--level" },
        { "agreement format de sortie inconnu", ["agreement", "--matrix", "{tmp}/matrice-texte.csv", "--level", "nominal", "--format", "yaml"], 2, "yaml" },
        { "notebooks run absent", ["notebooks", "run", "{tmp}/absent.ipynb"], 1, "absent.ipynb" },
        { "notebooks run JSON cassé", ["notebooks", "run", "--in-process", "{tmp}/casse.ipynb"], 1, "casse.ipynb" },
        { "notebooks run binaire", ["notebooks", "run", "--in-process", "{tmp}/binaire.ipynb"], 1, "binaire.ipynb" },
        { "notebooks run paramètre mal écrit", ["notebooks", "run", "--in-process", "{tmp}/vide.ipynb", "-p", "sans-egal"], 2, null },
        { "notebooks render absent", ["notebooks", "render", "{tmp}/absent.ipynb"], 1, "absent.ipynb" },
        { "notebooks render sortie sans valeur", ["notebooks", "render", "{tmp}/vide.ipynb", "--out"], 2, "--out" },
        { "notebooks sans sous-commande", ["notebooks"], 2, null },
        { "notebooks run paramètre non déclaré", ["notebooks", "run", "--in-process", "{tmp}/parametre.ipynb", "--out", "{tmp}/notebooks-1", "-p", "Inconnu=1"], 2, "Inconnu" },
        { "notebooks render JSON cassé", ["notebooks", "render", "{tmp}/casse.ipynb", "--out", "{tmp}/pages-1"], 1, "casse.ipynb" },
        { "notebooks render binaire", ["notebooks", "render", "{tmp}/binaire.ipynb", "--out", "{tmp}/pages-2"], 1, "binaire.ipynb" },
        { "clusters dossier absent", ["clusters", "--data", "{tmp}/absent", "--format", "json"], 1, "absent" },
        { "clusters k trop petit", ["clusters", "--data", "{sample}", "--k", "1"], 2, null },
        { "clusters k non numérique", ["clusters", "--data", "{sample}", "--k", "beaucoup", "--format", "json"], 2, null },
        { "clusters sans besoins", ["clusters", "--data", "{bad}/csv-windows-1252", "--format", "json"], 1, null },
        { "clusters regroupement inconnu", ["clusters", "--data", "{sample}", "--grouping", "tout", "--format", "json"], 2, "tout" },
        { "clusters données illisibles", ["clusters", "--data", "{bad}/csv-binary-renamed"], 1, "inventaire.csv" },
        { "interviews sans sous-commande", ["interviews"], 2, null },
        { "interviews stats sans codages", ["interviews", "stats"], 2, "--codings" },
        { "interviews stats absent", ["interviews", "stats", "--codings", "{tmp}/absent.qdpx", "--format", "json"], 1, "absent.qdpx" },
        { "interviews stats binaire", ["interviews", "stats", "--codings", "{tmp}/binaire.csv", "--format", "json"], 1, "binaire.csv" },
        { "interviews stats vide", ["interviews", "stats", "--codings", "{tmp}/vide.csv"], 1, "vide.csv" },
        { "interviews stats format inconnu", ["interviews", "stats", "--codings", "{tmp}/matrice-texte.csv", "--format", "json"], 1, "matrice-texte.csv" },
        { "interviews stats archive tronquée", ["interviews", "stats", "--codings", "{bad}/codings-qdpx-truncated/projet.qdpx", "--format", "json"], 1, "projet.qdpx" },
        { "interviews stats XML tronqué", ["interviews", "stats", "--codings", "{bad}/codings-qde-truncated/projet.qde"], 1, "projet.qde" },
        { "interviews stats guillemet non fermé", ["interviews", "stats", "--codings", "{bad}/codings-taguette-unclosed-quote/highlights.csv", "--format", "json"], 1, "highlights.csv" },
        { "interviews agreement unité inconnue", ["interviews", "agreement", "--codings", "{bad}/codings-layout-mistakes", "--unit", "phrase"], 2, null },
        { "interviews agreement recouvrement illisible", ["interviews", "agreement", "--codings", "{bad}/codings-layout-mistakes", "--unit", "segment", "--min-overlap", "beaucoup"], 2, null },
        { "interviews agreement un seul codeur", ["interviews", "agreement", "--codings", "{bad}/codings-layout-mistakes", "--coders", "Alice", "--format", "json"], 2, null },
        { "interviews agreement absent", ["interviews", "agreement", "--codings", "{tmp}/absent.qdpx", "--format", "json"], 1, "absent.qdpx" },
        { "interviews agreement binaire", ["interviews", "agreement", "--codings", "{tmp}/binaire.csv"], 1, "binaire.csv" },
        { "interviews agreement archive tronquée", ["interviews", "agreement", "--codings", "{bad}/codings-qdpx-truncated/projet.qdpx"], 1, "projet.qdpx" },
        { "interviews stats livre de codes absent", ["interviews", "stats", "--codings", "{tmp}/surlignages.csv", "--codebook", "{tmp}/absent.csv", "--format", "json"], 1, "absent.csv" },
        { "interviews agreement livre de codes avec un dossier", ["interviews", "agreement", "--codings", "{bad}/codings-layout-mistakes", "--codebook", "{tmp}/absent.qdc"], 2, "--codebook" },
        { "interviews export sans sortie", ["interviews", "export", "--codings", "{bad}/codings-layout-mistakes"], 2, "--out" },
        { "interviews export sans extension .qdpx", ["interviews", "export", "--codings", "{bad}/codings-layout-mistakes", "--out", "{tmp}/vide"], 2, ".qdpx" },
        { "interviews export dans un fichier", ["interviews", "export", "--codings", "{bad}/codings-layout-mistakes", "--out", "{tmp}/fichier.txt/projet.qdpx", "--format", "json"], 1, "fichier.txt" },
        { "interviews export binaire", ["interviews", "export", "--codings", "{tmp}/binaire.csv", "--out", "{tmp}/export-1.qdpx"], 1, "binaire.csv" },
        { "interviews export XML tronqué", ["interviews", "export", "--codings", "{bad}/codings-qde-truncated/projet.qde", "--out", "{tmp}/export-2.qdpx", "--format", "json"], 1, "projet.qde" },
        { "scenario sans sous-commande", ["scenario"], 2, null },
        { "scenario run sans scénario", ["scenario", "run"], 2, "--scenario" },
        { "scenario run absent", ["scenario", "run", "--scenario", "{tmp}/absent.yaml", "--data", "{bad}/csv-windows-1252", "--format", "json"], 1, "absent.yaml" },
        { "scenario run YAML mal formé", ["scenario", "run", "--scenario", "{tmp}/casse.yaml", "--data", "{bad}/csv-windows-1252"], 1, "casse.yaml" },
        { "scenario run JSON mal formé", ["scenario", "run", "--scenario", "{tmp}/casse.json", "--data", "{bad}/csv-windows-1252", "--format", "json"], 1, "casse.json" },
        { "scenario run binaire", ["scenario", "run", "--scenario", "{tmp}/binaire.csv", "--data", "{bad}/csv-windows-1252"], 1, "binaire.csv" },
        { "scenario run dossier absent", ["scenario", "run", "--scenario", "{tmp}/casse.yaml", "--data", "{tmp}/absent", "--format", "json"], 1, null },
        { "scenario run données illisibles", ["scenario", "run", "--scenario", "{sample}/scenarios/pret-mutualise.yaml", "--data", "{bad}/csv-binary-renamed", "--format", "json"], 1, "inventaire.csv" },
        { "scenario run itérations nulles", ["scenario", "run", "--scenario", "{sample}/scenarios/pret-mutualise.yaml", "--iterations", "0"], 2, null },
        { "scenario run graine illisible", ["scenario", "run", "--scenario", "{sample}/scenarios/pret-mutualise.yaml", "--seed", "sept"], 2, "« sept »" },
        { "scenario compare dossier absent", ["scenario", "compare", "--data", "{tmp}/absent", "--format", "json"], 1, "absent" },
        { "scenario compare scénario absent", ["scenario", "compare", "--data", "{sample}", "--scenario", "{tmp}/absent.yaml", "--format", "json"], 1, "absent.yaml" },
        { "scenario compare YAML mal formé", ["scenario", "compare", "--data", "{sample}", "--scenario", "{tmp}/casse.yaml"], 1, "casse.yaml" },
        { "scenario compare données illisibles", ["scenario", "compare", "--data", "{bad}/csv-binary-renamed", "--scenario", "{sample}/scenarios/pret-mutualise.yaml", "--format", "json"], 1, "inventaire.csv" },
        { "scenario compare itérations nulles", ["scenario", "compare", "--data", "{sample}", "--iterations", "0", "--format", "json"], 2, "--iterations" },
        { "scenario compare graine illisible", ["scenario", "compare", "--data", "{sample}", "--seed", "sept"], 2, "« sept »" },
        { "import export absent", ["import", "{tmp}/absent.csv", "--format", "json"], 1, "absent.csv" },
        { "import export binaire", ["import", "{tmp}/binaire.csv"], 1, "binaire.csv" },
        { "import établissements absents", ["import", "{fixtures}/Inventories/glpi-ordinateurs-fr.csv", "--institutions", "{tmp}/absent.csv", "--format", "json"], 1, "absent.csv" },
        { "import sortie dans un fichier", ["import", "{fixtures}/Inventories/glpi-ordinateurs-fr.csv", "--institution", "MUS-1", "--out", "{tmp}/fichier.txt/inventaire.csv", "--format", "json"], 1, "fichier.txt" },
        { "import sortie dans un dossier absent", ["import", "{fixtures}/Inventories/glpi-ordinateurs-fr.csv", "--institution", "MUS-1", "--out", "{tmp}/absent/inventaire.csv"], 1, "absent" },
        { "import ordre des dates inconnu", ["import", "{fixtures}/Inventories/glpi-ordinateurs-fr.csv", "--date-order", "nimporte"], 2, "nimporte" },
        { "import type GLPI inconnu", ["import", "{fixtures}/Inventories/glpi-ordinateurs-fr.csv", "--glpi-type", "grille-pain", "--format", "json"], 2, "grille-pain" },
        { "import sans export", ["import"], 2, null },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Bad_inputs_and_command_lines_exit_with_the_contract_code_and_a_French_message(string scenario, string[] arguments, int expectedExit, string? mentions)
    {
        var args = arguments.Select(_scratch.Expand).ToArray();
        var (exit, stdout, stderr) = CommandLine.Run(args);

        Assert.True(expectedExit == exit, $"{scenario} : code {exit} au lieu de {expectedExit}\n{stderr}\n{stdout}");
        Assert.DoesNotMatch(new Regex(@"^\s+at |^\s+à |Exception:|   ---> ", RegexOptions.Multiline), stderr);
        Assert.DoesNotContain("Erreur interne", stderr);

        bool json = args.Contains("json") && args.Contains("--format");
        if (json && stdout.Trim().Length > 0)
        {
            using var document = JsonDocument.Parse(stdout);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }

        var said = (stderr + (json ? JsonMessages(stdout) : stdout)).Replace(_scratch.Root, "").Replace(_scratch.Bad, "");
        Assert.True(said.Trim().Length > 0, $"{scenario} : aucun message");
        var english = EnglishWords.Matches(said).Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, $"{scenario} : mots anglais {string.Join(", ", english)} dans :\n{said}");
        if (mentions is not null) Assert.Contains(mentions, stderr + stdout);
    }

    /// <summary>
    /// Every command the tool lists in its help, down to the sub-commands, is run above at least once
    /// on a bad input (exit 1) and once with a wrong command line (exit 2): a new command cannot be missed.
    /// </summary>
    [Fact]
    public void Every_command_of_the_help_has_a_bad_input_and_a_bad_command_line_scenario()
    {
        var commands = Commands([]).ToList();
        Assert.Contains("scenario compare", commands);
        Assert.True(commands.Count >= 13, string.Join(", ", commands));
        var scenarios = Scenarios().Select(row => (Arguments: (string[])row[1], Exit: (int)row[2])).ToList();
        foreach (var command in commands)
        {
            var words = command.Split(' ');
            var runs = scenarios.Where(s => s.Arguments.Length >= words.Length && s.Arguments.Take(words.Length).SequenceEqual(words)).ToList();
            Assert.True(runs.Any(r => r.Exit == 1), $"« {command} » : aucun scénario de mauvaise entrée (code 1)");
            Assert.True(runs.Any(r => r.Exit == 2), $"« {command} » : aucun scénario de mauvaise ligne de commande (code 2)");
        }
    }

    /// <summary>The commands under <paramref name="path"/> as the French help lists them ("interviews stats"…), leaves only.</summary>
    private static IEnumerable<string> Commands(string[] path)
    {
        var help = new StringWriter();
        Assert.Equal(0, Program.Run([.. path, "--help"], help, new StringWriter()));
        var text = help.ToString();
        int section = text.IndexOf("Commandes", StringComparison.Ordinal);
        if (section < 0)
        {
            yield return string.Join(' ', path);
            yield break;
        }
        foreach (Match line in Regex.Matches(text[section..], @"^  (?<name>[a-z][a-z-]*)\b", RegexOptions.Multiline))
            foreach (var leaf in Commands([.. path, line.Groups["name"].Value]))
                yield return leaf;
    }

    /// <summary>The messages promise the technical detail with --verbose: the cause's own message and the stack, after the French message.</summary>
    [Fact]
    public void Verbose_adds_the_technical_cause_and_the_stack_of_an_input_error()
    {
        var args = new[] { "interviews", "stats", "--codings", "{bad}/codings-qde-truncated/projet.qde" }.Select(_scratch.Expand).ToArray();
        var quiet = new StringWriter();
        var verbose = new StringWriter();

        Assert.Equal(1, Program.Run(args, new StringWriter(), quiet));
        Assert.Equal(1, Program.Run([.. args, "--verbose"], new StringWriter(), verbose));

        Assert.Contains("le détail technique s'affiche avec --verbose", quiet.ToString());
        Assert.StartsWith(quiet.ToString(), verbose.ToString());
        var detail = verbose.ToString()[quiet.ToString().Length..];
        Assert.Contains("System.Xml.XmlException", detail);
        Assert.Matches(new Regex(@"^\s+at Ressourcerie\.", RegexOptions.Multiline), detail);
    }

    /// <summary>The texts a JSON document shows a person (its string values, not its keys).</summary>
    private static string JsonMessages(string json)
    {
        if (json.Trim().Length == 0) return "";
        using var document = JsonDocument.Parse(json);
        var texts = new StringBuilder();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) if (p.Name is "message" or "suggestion" or "explanation") texts.AppendLine(p.Value.ToString()); else Walk(p.Value); break;
                case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Walk(item); break;
            }
        }
        Walk(document.RootElement);
        return texts.ToString();
    }

    /// <summary>The scratch folder the scenarios use: empty and broken files of each kind.</summary>
    public sealed class Scratch : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Scratch()
        {
            Directory.CreateDirectory(_folder.File("vide"));
            var random = new Random(3);
            var binary = new byte[2048];
            random.NextBytes(binary);
            binary[0] = 0;
            File.WriteAllBytes(_folder.File("binaire.csv"), binary);
            File.WriteAllBytes(_folder.File("binaire.ipynb"), binary);
            File.WriteAllBytes(_folder.File("vide.csv"), []);
            _folder.Write("matrice-texte.csv", "codeur;u1;u2;u3\r\nAnne;1;deux;3\r\nBruno;1;2;3\r\n");
            _folder.Write("casse.ipynb", "{ \"cells\": [ { \"cell_type\": \"code\", \"source\": [\"1 + 1\"] ");
            _folder.Write("vide.ipynb", "{ \"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5 }");
            _folder.Write("fichier.txt", "un fichier, pas un dossier");
            _folder.Write("surlignages.csv", "id,document,tag,content\r\n1,Entretien Lyon,freins,Le transport coûte cher.\r\n");
            _folder.Write("casse.yaml", "nom: \"cassé\n  part_pret: [1, 2\n");
            _folder.Write("casse.json", "{ \"name\": \"prêt\", \"loan_share\": ");
            _folder.Write("parametre.ipynb", "{ \"cells\": [ { \"cell_type\": \"code\", \"metadata\": { \"tags\": [\"parameters\"] }, \"source\": [\"int Annee = 2025;\"] } ], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5 }");
        }

        public string Root => _folder.Path;

        public string Bad { get; } = Fixtures.Path("BadInputs");

        public string Expand(string argument) => argument
            .Replace("{tmp}", _folder.Path)
            .Replace("{bad}", Bad)
            .Replace("{sample}", RepositoryPaths.SampleData)
            .Replace("{fixtures}", Fixtures.Path())
            .Replace('/', Path.DirectorySeparatorChar);

        public void Dispose() => _folder.Dispose();
    }
}
