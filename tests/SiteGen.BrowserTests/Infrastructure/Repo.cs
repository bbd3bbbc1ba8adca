namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>Paths in the repository (templates, wwwroot, seeds), found by walking up from the test binaries to SiteGen.sln.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No SiteGen.sln above " + AppContext.BaseDirectory);
    }
}
