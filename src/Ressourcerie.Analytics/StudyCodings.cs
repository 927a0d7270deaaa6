using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics;

/// <summary>
/// Reads the interview codings of a study from its <see cref="StudyInputRole.Codings"/> and
/// <see cref="StudyInputRole.Interviews"/> inputs. A codings table of our layout is read with the
/// study's interviews file (<c>entretiens*</c>, or the <c>entretiens</c> sheet of the same
/// workbook); a REFI-QDA project (<c>*.qdpx</c>, <c>*.qde</c>) or a tool's flat export named like
/// <c>codages*</c> is read by <see cref="CodingsReader"/>, which tells the tool from the content.
/// Several codings files are combined into one project. A file that cannot be read is one error of
/// the quality report (row 0), never an exception.
/// </summary>
internal static class StudyCodings
{
    /// <summary>Extensions of REFI-QDA projects, recognised in a data folder whatever their name.</summary>
    public static readonly string[] ProjectExtensions = [".qdpx", ".qde"];

    public static CodingProject? Read(IReadOnlyList<StudyInputFile> files, DataQualityReport quality, List<StudyInputFile> read)
    {
        var interviewFiles = files.Where(f => f.Role == StudyInputRole.Interviews).ToList();
        var codingFiles = files.Where(f => f.Role == StudyInputRole.Codings).ToList();
        var interviews = interviewFiles.FirstOrDefault();

        if (codingFiles.Count == 0)
        {
            foreach (var file in interviewFiles)
            {
                read.Add(file);
                quality.Warn(file.DisplayName, 0, "",
                    $"Entretiens sans codages : aucun fichier {StudyInputRoles.TemplateFileName(StudyInputRole.Codings)} (ni projet .qdpx ou .qde) dans le dossier, les entretiens ne sont pas analysés.");
            }
            return null;
        }
        foreach (var extra in interviewFiles.Skip(1))
        {
            read.Add(extra);
            quality.Warn(extra.DisplayName, 0, "",
                $"Un seul fichier des entretiens est lu ({interviews!.DisplayName}) : celui-ci est ignoré. Réunissez les entretiens dans un fichier.");
        }

        var projects = new List<(StudyInputFile File, CodingProject Project)>();
        bool interviewsUsed = false;
        foreach (var file in codingFiles)
        {
            try
            {
                var (project, usedInterviews) = ReadOne(file, interviews, quality);
                interviewsUsed |= usedInterviews;
                projects.Add((file, project));
                read.Add(file with { Description = CodingFormatLabels.French(project.Format) });
            }
            catch (InputFileException e)
            {
                quality.RegisterFile(file.DisplayName);
                quality.Add(e.File == Path.GetFileName(file.Path) ? e.ToIssue() with { File = file.DisplayName } : e.ToIssue());
                read.Add(file);
            }
        }
        if (interviews is not null)
        {
            read.Add(interviews with { Description = CodingFormatLabels.French(CodingFormats.Ressourcerie) });
            if (!interviewsUsed && projects.Count > 0)
                quality.Warn(interviews.DisplayName, 0, "",
                    $"Fichier des entretiens non utilisé : les codages viennent de {string.Join(", ", projects.Select(p => p.File.DisplayName))}, " +
                    "qui porte ses propres entretiens (profil, établissement et date se lisent dans les variables de document ou de cas « Profil », « Établissement », « Date »).");
        }

        if (projects.Count <= 1) return projects.Count == 0 ? null : projects[0].Project;
        quality.Warn(projects[0].File.DisplayName, 0, "",
            $"Codages réunis depuis {projects.Count} fichiers ({string.Join(", ", projects.Select(p => p.File.DisplayName))}) : un entretien de même identifiant " +
            "dans plusieurs fichiers est un seul entretien. Vérifiez que ces fichiers ne décrivent pas deux fois les mêmes codages.");
        return Combine(projects.Select(p => p.Project).ToList());
    }

    private static (CodingProject Project, bool UsedInterviews) ReadOne(StudyInputFile file, StudyInputFile? interviews, DataQualityReport quality)
    {
        var extension = Path.GetExtension(file.Path);
        if (ProjectExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return (CodingsReader.Read(file.Path, quality), false);
        if (interviews is not null && IsLayoutCodings(file))
            return (CodingsLayoutReader.Read(interviews.Path, file.Path, quality), true);
        if (file.Sheet is not null)
            return (CodingsLayoutReader.Read(null, file.Path, quality), false);
        return (CodingsReader.Read(file.Path, quality), false);
    }

    /// <summary>Whether a codings table is in our layout (rather than another tool's export), from its headers.</summary>
    private static bool IsLayoutCodings(StudyInputFile file)
    {
        var sheets = file.Sheet is null ? StudyInputRoles.NamesOf(StudyInputRole.Codings) : [file.Sheet];
        using var reader = TabularFile.Open(file.Path, file.DisplayName, sheets);
        return CodingsReader.DetectTableFormat(reader.Headers) == CodingFormats.Ressourcerie;
    }

    /// <summary>Several projects as one: interviews by id (first description wins), codebooks united, every coding kept.</summary>
    private static CodingProject Combine(IReadOnlyList<CodingProject> projects)
    {
        var codebook = new Codebook([]);
        foreach (var code in projects.SelectMany(p => p.Codebook.Codes)) codebook.Add(code);
        return new CodingProject(
            string.Join(" + ", projects.Select(p => p.Format).Distinct(StringComparer.Ordinal)),
            projects.SelectMany(p => p.Interviews).DistinctBy(i => i.Id, StringComparer.Ordinal).ToArray(),
            codebook,
            projects.SelectMany(p => p.Segments).ToArray());
    }
}
