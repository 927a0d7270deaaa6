namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Where the correctable defects go (at most nine, whatever the size): two former region names, two
/// empty quantities, a price typed with "€" and a thousands space, a price with a decimal point, a
/// status typed "HS", a date with a two-digit year and a profile typed "Régisseur". Positions are
/// drawn up front; a writer asks <c>Take…</c> on each eligible row and applies the defect on the
/// first one at or after the drawn position, then records what it wrote in <see cref="Planted"/>.
/// </summary>
internal sealed class DefectPlan
{
    private readonly List<PlantedDefect> _planted = [];
    private readonly HashSet<int> _formerRegionInstitutions = [];
    private readonly HashSet<long> _emptyQuantityLines = [];
    private long _euroPriceFrom = long.MaxValue;
    private long _pointPriceFrom = long.MaxValue;
    private long _statusAbbreviationFrom = long.MaxValue;
    private int _twoDigitYearInstitution = -1;
    private int _profileLabelFrom = int.MaxValue;

    private DefectPlan()
    {
    }

    public IReadOnlyList<PlantedDefect> Planted => _planted;

    public static DefectPlan None() => new();

    public static DefectPlan Draw(SampleDataOptions options, IReadOnlyList<SyntheticInstitution> institutions)
    {
        var rng = new SampleRandom(options.Seed, SampleRandom.Stream("defauts"));
        long lines = institutions.Sum(i => (long)i.InventoryLines);
        var withNeeds = institutions.Where(i => i.NeedRows > 0).ToList();
        var plan = new DefectPlan
        {
            _euroPriceFrom = Position(rng, lines),
            _pointPriceFrom = Position(rng, lines),
            _statusAbbreviationFrom = Position(rng, lines),
            _twoDigitYearInstitution = withNeeds.Count > 0 ? rng.Pick(withNeeds).Index : -1,
            _profileLabelFrom = rng.Next(Math.Max(1, options.Interviews / 2)),
        };
        var renamed = institutions.Where(i => i.Commune.FormerRegion is not null).ToList();
        rng.Shuffle(renamed);
        foreach (var institution in renamed.Take(2)) plan._formerRegionInstitutions.Add(institution.Index);
        for (int k = 0; k < 2 && lines > 0; k++) plan._emptyQuantityLines.Add(Position(rng, lines));
        return plan;
    }

    /// <summary>A line in the first three quarters, so that an eligible line usually follows it.</summary>
    private static long Position(SampleRandom rng, long lines) =>
        lines <= 0 ? long.MaxValue : (long)(rng.NextDouble() * 0.75 * lines);

    public bool WritesFormerRegion(int institutionIndex) => _formerRegionInstitutions.Contains(institutionIndex);

    public bool EmptiesQuantity(long line) => _emptyQuantityLines.Contains(line);

    public bool TakeEuroPrice(long line) => Take(ref _euroPriceFrom, line);

    public bool TakePointPrice(long line) => Take(ref _pointPriceFrom, line);

    public bool TakeStatusAbbreviation(long line) => Take(ref _statusAbbreviationFrom, line);

    public bool TakeProfileLabel(int interviewIndex)
    {
        long from = _profileLabelFrom;
        bool taken = Take(ref from, interviewIndex);
        if (taken) _profileLabelFrom = int.MaxValue;
        return taken;
    }

    public bool TakeTwoDigitYear(int institutionIndex)
    {
        if (institutionIndex != _twoDigitYearInstitution) return false;
        _twoDigitYearInstitution = -1;
        return true;
    }

    private static bool Take(ref long from, long position)
    {
        if (position < from) return false;
        from = long.MaxValue;
        return true;
    }

    public void Record(string file, int row, string column, string written, string description) =>
        _planted.Add(new PlantedDefect(file, row, column, written, description));
}
