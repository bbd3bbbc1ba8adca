using System.Reflection;

namespace SiteGen.Configuration;

/// <summary>
/// The released version of the tool (<c>Version</c> in SiteGen.csproj, the package's version): what
/// <c>sitegen --version</c> prints, what the generator meta tag names and what <c>sitegen new</c> pins in a site's
/// workflow. Build metadata (<c>+commit</c>) is left off, so the same source gives the same pages.
/// </summary>
public static class ToolRelease
{
    public static string Number { get; } = Read();

    /// <summary>The generator as pages name it: <c>SiteGen 0.1.0</c>.</summary>
    public static string Generator => "SiteGen " + Number;

    private static string Read()
    {
        var informational = typeof(ToolRelease).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(ToolRelease).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
