namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Where the system chromium lives and whether a missing one may be skipped. Playwright's own browser download
/// does not work on our machines, so we always drive Debian's chromium; under CI a missing browser is a failure.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Args { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    /// <summary>Null when the tests may run; otherwise why they are skipped.</summary>
    public static string? SkipReason => IsAvailable || IsCi
        ? null
        : $"Browser tests skipped: chromium not found at {ExecutablePath} (apt-get install chromium, or set SITEGEN_CHROMIUM). Under CI=true this fails instead.";
}
