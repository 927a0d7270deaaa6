namespace Ressourcerie.Analytics.Interviews.Saturation;

/// <summary>
/// One run of Guest, Namey &amp; Chen (2020): <c>run_length</c> consecutive interviews after the
/// base, the unique codes they bring that no earlier interview had, and the saturation ratio
/// (those new codes ÷ the unique codes of the base).
/// </summary>
/// <param name="StartPosition">First interview of the run, rank from 1.</param>
/// <param name="EndPosition">Last interview of the run, rank from 1.</param>
/// <param name="SaturationRatio">NewCodes / BaseCodes; NaN when the base holds no code.</param>
public sealed record SaturationRun(
    int StartPosition,
    int EndPosition,
    string StartInterviewId,
    string EndInterviewId,
    int NewCodes,
    int BaseCodes,
    double SaturationRatio,
    bool WithinThreshold);
