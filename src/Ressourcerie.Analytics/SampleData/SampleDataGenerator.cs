namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Writes a synthetic study folder in the toolkit's own layout (<c>institutions.csv</c>,
/// <c>inventaire.csv</c>, <c>besoins.csv</c>, <c>entretiens.csv</c>, <c>codages.csv</c>) as a French
/// Excel export would: UTF-8 with BOM, <c>;</c>, decimal commas, <c>dd/mm/yyyy</c> dates.
/// The output is byte-for-byte the same for the same options (own seeded random source, invariant
/// formatting, no dependence on dictionary order or on the clock), and streams: the inventory,
/// the big file, is written line by line in constant memory whatever its size.
/// </summary>
/// <example>
/// <code>
/// SampleDataGenerator.Generate(SampleDataOptions.Sample, "data/sample");
/// SampleDataGenerator.Generate(SampleDataOptions.ForScale(1500, 700, seed: 7), "/tmp/national");
/// </code>
/// </example>
public static class SampleDataGenerator
{
    public const string InstitutionsFile = "institutions.csv";
    public const string InventoryFile = "inventaire.csv";
    public const string NeedsFile = "besoins.csv";
    public const string InterviewsFile = "entretiens.csv";
    public const string CodingsFile = "codages.csv";

    /// <summary>The files written, in the order they are written.</summary>
    public static IReadOnlyList<string> Files { get; } = [InstitutionsFile, InventoryFile, NeedsFile, InterviewsFile, CodingsFile];

    /// <summary>
    /// The hidden traits each institution of <paramref name="options"/> is drawn from (its equipment
    /// profile and idle share), in identifier order: the ground truth against which a clustering of
    /// needs or an idle-stock analysis of the generated files can be checked.
    /// </summary>
    public static IReadOnlyList<SampleInstitutionTruth> GroundTruth(SampleDataOptions options)
    {
        ThrowIfInvalid(options);
        return InstitutionSynthesizer.Create(options)
            .Select(i => new SampleInstitutionTruth(i.Id, i.Profile.Kind, i.IdleShare))
            .ToList();
    }

    /// <summary>Writes the five files into <paramref name="outDir"/> (created if needed; other files there are left alone).</summary>
    /// <param name="progress">Receives a French progress message now and then (for a terminal), or null.</param>
    public static SampleDataSummary Generate(SampleDataOptions options, string outDir, Action<string>? progress = null)
    {
        Directory.CreateDirectory(outDir);
        return Generate(options, name => new FileStream(Path.Combine(outDir, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), progress);
    }

    /// <summary>Writes the five files into the streams <paramref name="createFile"/> returns for each file name (closed when written).</summary>
    /// <exception cref="ArgumentException">The options cannot be generated (the message, in French, says why).</exception>
    public static SampleDataSummary Generate(SampleDataOptions options, Func<string, Stream> createFile, Action<string>? progress = null)
    {
        ThrowIfInvalid(options);

        var institutions = InstitutionSynthesizer.Create(options);
        var defects = options.PlantDefects ? DefectPlan.Draw(options, institutions) : DefectPlan.None();

        progress?.Invoke($"Établissements : {institutions.Count} à écrire.");
        using (var csv = new FrenchCsvWriter(createFile(InstitutionsFile)))
            InstitutionSynthesizer.Write(csv, institutions, defects);

        long lines;
        using (var csv = new FrenchCsvWriter(createFile(InventoryFile)))
            lines = InventorySynthesizer.Write(csv, institutions, options, defects, progress);

        progress?.Invoke("Besoins…");
        int needs;
        using (var csv = new FrenchCsvWriter(createFile(NeedsFile)))
            needs = NeedSynthesizer.Write(csv, institutions, options, defects);

        progress?.Invoke("Entretiens et codages…");
        int interviews, segments;
        using (var interviewsCsv = new FrenchCsvWriter(createFile(InterviewsFile)))
        using (var codingsCsv = new FrenchCsvWriter(createFile(CodingsFile)))
            (interviews, segments) = InterviewSynthesizer.Write(interviewsCsv, codingsCsv, institutions, options, defects);

        return new SampleDataSummary(options.Seed, institutions.Count, lines, needs, interviews, segments, Files, defects.Planted);
    }

    private static void ThrowIfInvalid(SampleDataOptions options)
    {
        var problems = options.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(options));
    }
}
