using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// A measurement, not a check: runs only when SITEGEN_PERF_SITE names a built site (e.g. the 1,000-article corpus
/// from bench/), reports figures and asserts no times (shared machines are too noisy for that).
/// </summary>
public sealed class MeasureFactAttribute : FactAttribute
{
    public static string? SiteDirectory => Environment.GetEnvironmentVariable("SITEGEN_PERF_SITE") is { Length: > 0 } d ? d : null;

    public MeasureFactAttribute()
    {
        if (SiteDirectory is null) Skip = "Measurement only: set SITEGEN_PERF_SITE to a site built with --base-url /repo/.";
        else if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
