namespace Ressourcerie.Analytics.Tests.TestSupport;

/// <summary>A clock stopped at a given instant, so that "current year" rules give the same answer every year.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static StudyOptions Options(int year, int month = 6, int day = 15) =>
        new() { Clock = new FixedClock(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero)) };

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
