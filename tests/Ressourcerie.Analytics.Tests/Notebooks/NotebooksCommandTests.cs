using Ressourcerie.Analytics.Notebooks;
using Ressourcerie.Cli;
using Ressourcerie.Cli.Commands;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public class NotebooksCommandTests
{
    [Fact]
    public void The_demo_notebook_runs_with_a_parameter_and_is_written_with_its_HTML_page()
    {
        var demo = Path.Combine(NotebookFixtures.RepositoryRoot(), "notebooks", "00-prise-en-main.ipynb");
        var outDirectory = NotebookFixtures.NewTemporaryDirectory();

        var (code, output, error) = Run("notebooks", "run", demo, "--out", outDirectory, "-p", "taux_reemploi=0,5", "--html");

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        Assert.Contains("00-prise-en-main.ipynb : 6 cellule(s) exécutée(s)", output);
        var executed = NotebookFile.Read(Path.Combine(outDirectory, "00-prise-en-main.ipynb"));
        var injected = Assert.Single(executed.Cells, c => c.HasTag(NotebookParameters.InjectedTag));
        Assert.Contains("double taux_reemploi = 0.5;", injected.Source);
        var console = executed.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>().Single();
        Assert.Equal("Sur 6 mois à partir de 01/01/2025 : 41 prêts pour 79 demandes (52 %).\n", console.Text);
        var outputs = executed.Cells.SelectMany(c => c.Outputs).ToList();
        Assert.Contains(outputs, o => o is ExecuteResultOutput r && r.Data.Contains("image/png"));
        Assert.Contains(outputs, o => o is ExecuteResultOutput r && (r.Data.GetText("text/html") ?? "").StartsWith("<table"));
        var html = File.ReadAllText(Path.Combine(outDirectory, "00-prise-en-main.html"));
        Assert.Contains("<title>Prise en main des notebooks</title>", html);
        Assert.Contains("taux_reemploi", html);
    }

    [Fact]
    public void Several_notebooks_run_each_in_its_process_and_a_failure_exits_1_naming_the_cell_and_line()
    {
        var outDirectory = NotebookFixtures.NewTemporaryDirectory();

        var (code, output, error) = Run("notebooks", "run", NotebookFixtures.Path("echec.ipynb"), NotebookFixtures.Path("parametres.ipynb"), "--out", outDirectory);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("echec.ipynb, cellule 3 (« // La clé n'existe pas : KeyNotFoundException à la ligne 3. »), ligne 3 : KeyNotFoundException", error);
        Assert.Contains("1 notebook(s) sur 2 en échec", error);
        Assert.Contains("parametres.ipynb : 2 cellule(s) exécutée(s)", output);
        var failed = NotebookFile.Read(Path.Combine(outDirectory, "echec.ipynb"));
        Assert.IsType<ErrorOutput>(Assert.Single(failed.Cells[2].Outputs));
        Assert.True(File.Exists(Path.Combine(outDirectory, "parametres.ipynb")));
    }

    [Fact]
    public void Load_references_and_the_working_directory_follow_the_notebook_folder()
    {
        var outDirectory = NotebookFixtures.NewTemporaryDirectory();

        var (code, _, error) = Run("notebooks", "run", NotebookFixtures.Path(Path.Combine("chargement", "notebook.ipynb")), "--out", outDirectory);

        Assert.True(code == 0, error);
        var cells = NotebookFile.Read(Path.Combine(outDirectory, "notebook.ipynb")).Cells;
        Assert.Equal("Bonjour Lyon\n42\n", NotebookFixtures.Text(Assert.Single(cells[0].Outputs)));
        // `#r "../../lib/Ressourcerie.Analytics.dll"` (a path that does not exist) is the toolkit's own, already loaded.
        Assert.Equal(typeof(FrenchDisplay).Assembly.Location, NotebookFixtures.Text(Assert.Single(cells[1].Outputs)));
        Assert.Equal("lu depuis le dossier du notebook\n", NotebookFixtures.Text(Assert.Single(cells[2].Outputs)));
    }

    [Fact]
    public void A_parameter_the_notebook_does_not_declare_exits_2()
    {
        var (code, _, error) = Run("notebooks", "run", NotebookFixtures.Path("parametres.ipynb"), "--out", NotebookFixtures.NewTemporaryDirectory(), "-p", "seuil=3");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("ne déclare pas « seuil »", error);
    }

    [Fact]
    public void A_malformed_p_exits_2_before_anything_runs()
    {
        var (code, _, error) = Run("notebooks", "run", NotebookFixtures.Path("parametres.ipynb"), "-p", "taux");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("attendu NOM=VALEUR", error);
    }

    [Fact]
    public void A_missing_notebook_exits_1_naming_it()
    {
        var (code, _, error) = Run("notebooks", "run", "introuvable.ipynb");

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("introuvable.ipynb : erreur : fichier ou dossier introuvable", error);
    }

    [Fact]
    public void Help_is_French_with_an_example()
    {
        var (code, output, _) = Run("notebooks", "run", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Exécute les notebooks cellule par cellule", output);
        Assert.Contains("ressourcerie notebooks run notebooks/03-scenarios-impact.ipynb -p", output);
        Assert.Contains("--html", output);
    }

    [Fact]
    public void Render_writes_a_page_for_a_notebook_already_executed()
    {
        var outDirectory = NotebookFixtures.NewTemporaryDirectory();

        var (code, output, error) = Run("notebooks", "render", NotebookFixtures.Path("polyglot-format-from-vscode.ipynb"), "--out", outDirectory);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(Path.Combine(outDirectory, "polyglot-format-from-vscode.html"));
        Assert.Contains("<b>\n    An HTML display value\n</b>", html);
        Assert.Contains("polyglot-format-from-vscode.html", output);
    }

    [Fact]
    public void Without_paths_the_repository_notebooks_folder_is_found_from_a_subfolder()
    {
        var root = NotebookFixtures.NewTemporaryDirectory();
        File.WriteAllText(Path.Combine(root, "Ressourcerie.sln"), "");
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        var deep = Directory.CreateDirectory(Path.Combine(root, "src", "Ressourcerie.Cli")).FullName;

        Assert.Equal(Path.Combine("..", "..", "notebooks"), NotebooksCommand.FindRepositoryNotebooks(deep));
        Assert.Null(NotebooksCommand.FindRepositoryNotebooks(Path.GetTempPath()));
    }
}
