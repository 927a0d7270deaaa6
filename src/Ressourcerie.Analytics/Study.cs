using System.Globalization;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics;

/// <summary>
/// The single entry point of the library: <c>var study = Study.Load("data/sample");</c> reads every
/// input of a data folder (found by role name, see <see cref="StudyInputRoles"/>) and holds the
/// domain objects with the <see cref="Quality"/> report of what was corrected or rejected on the way.
/// Loading never throws for bad content: a file that cannot be read is an error of the report (row 0)
/// and its rows are not counted; analyses then run on what was accepted.
/// </summary>
/// <remarks>
/// Each kind of input is a <see cref="StudyInputRole"/> (its file and sheet names in
/// <see cref="StudyInputRoles"/>) read by one <c>ReadRole</c> call in <c>Load</c> into one property:
/// a new input (interviews, codings) adds a role, a call and a property, and every file of that role
/// is then found, opened, counted and reported like the others.
/// </remarks>
public sealed class Study
{
    private Study(string? dataDirectory, StudyOptions options, DataQualityReport quality, IReadOnlyList<StudyInputFile> inputFiles)
    {
        DataDirectory = dataDirectory;
        Options = options;
        Quality = quality;
        InputFiles = inputFiles;
    }

    /// <summary>The folder the study was loaded from, or null when it was loaded from a list of files.</summary>
    public string? DataDirectory { get; }

    public StudyOptions Options { get; }

    /// <summary>Every file read, with its role and how it was read (for provenance in reports).</summary>
    public IReadOnlyList<StudyInputFile> InputFiles { get; }

    public DataQualityReport Quality { get; }

    public IReadOnlyList<Institution> Institutions { get; private set; } = [];

    public IReadOnlyList<InventoryItem> Inventory { get; private set; } = [];

    public IReadOnlyList<Need> Needs { get; private set; } = [];

    /// <summary>
    /// The interviews and their codings (null when the folder has none): our layout's
    /// <c>entretiens</c> + <c>codages</c>, a REFI-QDA project (<c>*.qdpx</c>, <c>*.qde</c>) or a QDA
    /// tool's flat export named <c>codages…</c> (see <see cref="StudyCodings"/>).
    /// </summary>
    public CodingProject? Codings { get; private set; }

    /// <summary>
    /// The analyses of <see cref="Codings"/>, with the study's institutions for institution types and,
    /// for verbatims, the people the excerpts name besides the respondents (<see cref="PersonNameFinder"/>); null without codings.
    /// </summary>
    public InterviewAnalysis? Interviews { get; private set; }

    /// <summary>The institutions by id (null when the study has no institutions file).</summary>
    public InstitutionIndex? InstitutionIndex { get; private set; }

    /// <summary>Loads every recognised file of <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="InputFileException">The folder does not exist or holds no recognised file.</exception>
    public static Study Load(string dataDirectory, StudyOptions? options = null)
    {
        var inputs = StudyFolder.Find(dataDirectory);
        if (inputs.Count == 0)
            throw new InputFileException(dataDirectory, 0, "",
                $"Aucun fichier de données reconnu dans « {dataDirectory} » : attendus {string.Join(", ", Enum.GetValues<StudyInputRole>().Select(StudyInputRoles.TemplateFileName))} (CSV, TSV ou XLSX), ou un classeur dont les feuilles portent ces noms.");
        return Load(inputs, options, dataDirectory);
    }

    /// <summary>Loads the given files (e.g. <c>validate --inventory a.csv b.xlsx --institutions etab.csv</c>).</summary>
    public static Study Load(IEnumerable<StudyInputFile> inputs, StudyOptions? options = null) => Load(inputs, options, null);

    private static Study Load(IEnumerable<StudyInputFile> inputs, StudyOptions? options, string? dataDirectory)
    {
        options ??= StudyOptions.Default;
        var files = inputs.ToList();
        var quality = new DataQualityReport();
        var read = new List<StudyInputFile>();
        var study = new Study(dataDirectory, options, quality, read);

        // Institutions first: inventories and needs check their ids against them.
        bool institutionsReadable = false;
        var institutions = ReadRole(files, StudyInputRole.Institutions, quality, read, reader =>
        {
            var list = InstitutionReader.Read(reader, quality);
            institutionsReadable |= quality.IssuesFor(reader.File).All(i => !(i.Severity == IssueSeverity.Error && i.Row == 0));
            return list;
        });
        study.Institutions = institutions;
        study.InstitutionIndex = institutionsReadable ? new InstitutionIndex(institutions) : null;

        var dependents = files.Where(f => f.Role is StudyInputRole.Inventory or StudyInputRole.Needs).ToList();
        if (study.InstitutionIndex is null && dependents.Count > 0)
        {
            var why = files.Any(f => f.Role == StudyInputRole.Institutions)
                ? "Le fichier des établissements n'a pas pu être lu"
                : $"Aucun fichier des établissements ({StudyInputRoles.TemplateFileName(StudyInputRole.Institutions)})";
            quality.Warn(dependents[0].DisplayName, 0, "",
                $"{why} : la règle « l'établissement doit exister » n'est pas vérifiée pour les inventaires et les besoins.");
        }

        // Needs and codings depend on the institutions only: they are read while the inventory is
        // (a national inventory takes most of the loading time), into a report and a file list of their
        // own appended after the inventory's, so that files and issues keep the order of one file after another.
        var laterQuality = new DataQualityReport();
        var laterRead = new List<StudyInputFile>();
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var needsAndCodings = Task.Run(() =>
        {
            // Messages are formatted in the caller's culture, whichever thread writes them.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            study.Needs = ReadRole(files, StudyInputRole.Needs, laterQuality, laterRead,
                reader => NeedReader.Read(reader, laterQuality, study.InstitutionIndex));

            // Codings are not one table per file (a QDA project, two sheets, a tool's export): their own reader dispatches.
            study.Codings = StudyCodings.Read(files, laterQuality, laterRead);
            study.Interviews = study.Codings is null ? null
                : new InterviewAnalysis(study.Codings, study.Institutions, namesToRedact: PersonNameFinder.NamesCitedIn(study.Codings));
        });
        try
        {
            study.Inventory = ReadRole(files, StudyInputRole.Inventory, quality, read,
                reader => InventoryReader.Read(reader, quality, study.InstitutionIndex, options));
        }
        catch
        {
            // No reading outlives the call: the needs and codings are waited for (their own failure aside) before the inventory's is thrown.
            needsAndCodings.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }
        needsAndCodings.GetAwaiter().GetResult();
        quality.Merge(laterQuality);
        read.AddRange(laterRead);
        return study;
    }

    /// <summary>Reads every file of <paramref name="role"/> in order; a file that cannot be opened is one error with row 0.</summary>
    private static List<T> ReadRole<T>(
        List<StudyInputFile> files, StudyInputRole role, DataQualityReport quality, List<StudyInputFile> read, Func<TabularReader, List<T>> readFile)
    {
        var all = new List<T>();
        foreach (var file in files.Where(f => f.Role == role))
        {
            quality.RegisterFile(file.DisplayName);
            try
            {
                var sheets = file.Sheet is null ? StudyInputRoles.NamesOf(role) : [file.Sheet];
                using var reader = TabularFile.Open(file.Path, file.DisplayName, sheets);
                read.Add(file with { Description = reader.Description });
                var rows = readFile(reader);
                // A national inventory is one list of a million lines: kept as it is rather than
                // copied (a copy of that size is a large-object allocation, which sets off a full
                // garbage collection of everything read so far).
                if (all.Count == 0) all = rows;
                else all.AddRange(rows);
            }
            catch (InputFileException e)
            {
                read.Add(file);
                quality.Add(e.ToIssue());
            }
        }
        return all;
    }
}
