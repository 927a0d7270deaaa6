using System.Globalization;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// What <see cref="SampleDataGenerator"/> draws. The dates are fixed values, not the system clock,
/// so that one seed always gives the same bytes: <see cref="InventoryDate"/> is the "today" of the
/// inventories (latest acquisition year), the needs span <see cref="NeedsFrom"/>…<see cref="NeedsTo"/>
/// and the interviews <see cref="InterviewsFrom"/>…<see cref="InterviewsTo"/>.
/// </summary>
public sealed record SampleDataOptions
{
    /// <summary>The preset of the committed <c>data/sample</c> folder.</summary>
    public static SampleDataOptions Sample { get; } = new();

    /// <summary>The seed of <see cref="Sample"/> and the command's default.</summary>
    public const int DefaultSeed = 2023;

    public int Institutions { get; init; } = 40;

    /// <summary>Mean number of inventory lines per institution (larger for écoles and museums, smaller for centres d'art).</summary>
    public int ItemsPerInstitution { get; init; } = 55;

    /// <summary>Mean number of need rows per institution.</summary>
    public int NeedsPerInstitution { get; init; } = 4;

    public int Interviews { get; init; } = 20;

    public int Seed { get; init; } = DefaultSeed;

    public DateOnly InventoryDate { get; init; } = new(2024, 12, 31);

    public DateOnly NeedsFrom { get; init; } = new(2023, 1, 1);

    public DateOnly NeedsTo { get; init; } = new(2025, 12, 31);

    public DateOnly InterviewsFrom { get; init; } = new(2023, 1, 9);

    public DateOnly InterviewsTo { get; init; } = new(2023, 3, 31);

    /// <summary>
    /// Plant the handful of correctable defects a hand-made spreadsheet has (empty quantity, an old
    /// region name, a two-digit year…), so that the quality sheet has warnings to show. None rejects a row.
    /// </summary>
    public bool PlantDefects { get; init; } = true;

    /// <summary>
    /// The options for a scale test: needs grow with institutions (about 7 each, so 1,500 institutions
    /// give about 10,000 needs) while interviews stay a qualitative study's size (20 to 40).
    /// </summary>
    public static SampleDataOptions ForScale(int institutions, int itemsPerInstitution, int seed = DefaultSeed) => new()
    {
        Institutions = institutions,
        ItemsPerInstitution = itemsPerInstitution,
        NeedsPerInstitution = 7,
        Interviews = InterviewsForScale(institutions),
        Seed = seed,
    };

    /// <summary>20 interviews up to 100 institutions, then one more per 75 institutions, at most 40.</summary>
    public static int InterviewsForScale(int institutions) => Math.Clamp(20 + (institutions - 100) / 75, 20, 40);

    /// <summary>The reasons these options cannot be generated, in French (empty when they can).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Institutions < 1 || Institutions > 100_000)
            problems.Add($"Le nombre d'établissements doit être compris entre 1 et 100 000 (reçu : {Institutions}).");
        if (ItemsPerInstitution < 1 || ItemsPerInstitution > 10_000)
            problems.Add($"Le nombre de lignes d'inventaire par établissement doit être compris entre 1 et 10 000 (reçu : {ItemsPerInstitution}).");
        if (NeedsPerInstitution < 0 || NeedsPerInstitution > 1_000)
            problems.Add($"Le nombre de besoins par établissement doit être compris entre 0 et 1 000 (reçu : {NeedsPerInstitution}).");
        if (Interviews < 1 || Interviews > 500)
            problems.Add($"Le nombre d'entretiens doit être compris entre 1 et 500 (reçu : {Interviews}).");
        if (NeedsTo < NeedsFrom)
            problems.Add($"La période des besoins est vide : {Show(NeedsFrom)} est après {Show(NeedsTo)}.");
        if (InterviewsTo < InterviewsFrom)
            problems.Add($"La période des entretiens est vide : {Show(InterviewsFrom)} est après {Show(InterviewsTo)}.");
        if (InventoryDate.Year < 1990)
            problems.Add($"La date d'inventaire doit être postérieure à 1990 (reçu : {Show(InventoryDate)}).");
        return problems;
    }

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
