using Xunit;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>A fact that needs chromium: skipped with a reason on a developer machine without it, never under CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
