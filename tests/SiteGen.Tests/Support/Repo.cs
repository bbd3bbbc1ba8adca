namespace SiteGen.Tests.Support;

/// <summary>Paths in the repository, found by walking up from the test binaries to SiteGen.sln (never ../shared).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Wwwroot => Path.Combine(Root, "wwwroot");

    public static string TestProject => Path.Combine(Root, "tests", "SiteGen.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No SiteGen.sln above " + AppContext.BaseDirectory);
    }
}
